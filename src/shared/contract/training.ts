import { z } from 'zod';
import { isValidTimeOfDay } from '../timeOfDay';
import { MODALITIES, MUSCLE_GROUPS, SESSION_KINDS, SET_TYPES } from '../training';
import { Day, Empty, Id, method } from './common';

// Sessions (planned or completed), sets, exercises, routines and session templates. Storage is
// metric; the UI and CLI convert lb and miles at the edges.

const numberField = (label: string) =>
  z.number({ error: (iss) => (iss.input === undefined ? `${label} is required` : `${label} must be a number`) }).finite({ message: `${label} must be a number` });

export const TimeOfDay = (label: string) =>
  z.string({ error: `${label} must be a time of day written HH:MM` }).refine(isValidTimeOfDay, { message: `${label} must be a time of day written HH:MM (00:00–23:59)` });

export const SessionKind = z.enum(SESSION_KINDS, { error: `kind must be one of: ${SESSION_KINDS.join(', ')}` });
export const Modality = z.enum(MODALITIES, { error: `modality must be one of: ${MODALITIES.join(', ')}` });
export const SetType = z.enum(SET_TYPES, { error: `set type must be one of: ${SET_TYPES.join(', ')}` });
export const MuscleGroup = z.enum(MUSCLE_GROUPS, { error: `muscle must be one of: ${MUSCLE_GROUPS.join(', ')}` });

export const sessionRpe = numberField('RPE')
  .min(0, { message: 'RPE must be between 0 and 10 (CR-10 scale)' })
  .max(10, { message: 'RPE must be between 0 and 10 (CR-10 scale)' });
export const sessionMinutes = numberField('duration')
  .gt(0, { message: 'duration must be more than 0 minutes' })
  .max(1440, { message: 'duration must be at most 24 h (1440 minutes)' });
const distanceKm = numberField('distance').min(0, { message: 'distance must not be negative' }).max(1000, { message: 'distance must be at most 1000 km' });
const elevation = (label: string) => numberField(label).min(0, { message: `${label} must not be negative` }).max(20000, { message: `${label} must be at most 20000 m` });
const avgHr = numberField('average heart rate')
  .int({ message: 'average heart rate must be a whole number of beats per minute' })
  .min(25, { message: 'average heart rate must be between 25 and 250 bpm' })
  .max(250, { message: 'average heart rate must be between 25 and 250 bpm' });
const title = z.string({ error: 'title must be text' }).trim().max(80, { message: 'title must be at most 80 characters' });
const notes = z.string({ error: 'notes must be text' }).max(2000, { message: 'notes must be at most 2000 characters' });

export const setWeightKg = numberField('weight')
  .min(0, { message: 'weight must not be negative (for an assisted lift give the assistance and mark it assisted)' })
  .max(1000, { message: 'weight must be at most 1000 kg' });
export const setReps = numberField('reps')
  .int({ message: 'reps must be a whole number' })
  .min(1, { message: 'reps must be between 1 and 100' })
  .max(100, { message: 'reps must be between 1 and 100' });
const setRpe = numberField('RPE').min(0, { message: 'RPE must be between 0 and 10' }).max(10, { message: 'RPE must be between 0 and 10' });
const setRir = numberField('RIR').min(0, { message: 'RIR (reps in reserve) must be between 0 and 10' }).max(10, { message: 'RIR (reps in reserve) must be between 0 and 10' });
const exerciseName = z.string({ error: 'exercise must be a name' }).trim().min(1, { message: 'exercise is required' }).max(80, { message: 'exercise name must be at most 80 characters' });

/** A set as entered: weight is external load, or for bodyweight lifts added load (assistance if assisted). */
export const SetInput = z
  .object({
    exercise: exerciseName,
    weightKg: setWeightKg,
    assisted: z.boolean().optional(),
    reps: setReps,
    rpe: setRpe.nullable().optional(),
    rir: setRir.nullable().optional(),
    type: SetType.optional(),
    notes: notes.nullable().optional(),
  })
  .strict();
export type SetInput = z.infer<typeof SetInput>;

const sessionFields = {
  date: Day,
  start: TimeOfDay('start'),
  kind: SessionKind,
  minutes: sessionMinutes,
  rpe: sessionRpe,
  modality: Modality.nullable().optional(),
  distanceKm: distanceKm.nullable().optional(),
  elevationGainM: elevation('elevation gain').nullable().optional(),
  elevationLossM: elevation('elevation loss').nullable().optional(),
  avgHr: avgHr.nullable().optional(),
  title: title.nullable().optional(),
  notes: notes.nullable().optional(),
};

export const Session = z.object({
  id: Id,
  date: Day,
  start: z.string(),
  /** End time of day (may be on the next day for a session crossing midnight). */
  end: z.string(),
  minutes: z.number(),
  kind: SessionKind,
  modality: Modality.nullable(),
  rpe: z.number(),
  distanceKm: z.number().nullable(),
  elevationGainM: z.number().nullable(),
  elevationLossM: z.number().nullable(),
  avgHr: z.number().nullable(),
  title: z.string().nullable(),
  notes: z.string().nullable(),
  planned: z.boolean(),
  /** Session-RPE load, RPE × minutes (Foster 2001), AU. */
  loadAU: z.number(),
  templateId: z.number().nullable(),
  routineId: z.number().nullable(),
  setCount: z.number().int(),
});
export type Session = z.infer<typeof Session>;

export const E1rmMethod = z.enum(['rpe', 'epley']);

export const LiftSet = z.object({
  id: Id,
  sessionId: Id,
  date: Day,
  position: z.number().int(),
  exerciseId: Id,
  exercise: z.string(),
  /** As entered: external load, or added load / assistance for bodyweight lifts. */
  weightKg: z.number(),
  assisted: z.boolean(),
  bodyweight: z.boolean(),
  /** Total load moved (body weight included for bodyweight lifts); null when the body weight is unknown. */
  loadKg: z.number().nullable(),
  reps: z.number().int(),
  rpe: z.number().nullable(),
  rir: z.number().nullable(),
  type: SetType,
  notes: z.string().nullable(),
  /** Working sets of 1–10 reps only (science.md §6). */
  e1rmKg: z.number().nullable(),
  e1rmMethod: E1rmMethod.nullable(),
});
export type LiftSet = z.infer<typeof LiftSet>;

export const PrType = z.enum(['heaviest-weight', 'best-e1rm', 'most-reps', 'best-session-volume']);
export const PrEvent = z.object({
  type: PrType,
  exercise: z.string(),
  date: Day,
  sessionId: Id,
  setId: Id.nullable(),
  /** kg for weight, e1RM and volume; reps for most-reps. */
  value: z.number(),
  weightKg: z.number().nullable(),
  reps: z.number().nullable(),
  previous: z.number().nullable(),
});
export type PrEvent = z.infer<typeof PrEvent>;

export const SessionDetail = Session.extend({
  sets: z.array(LiftSet),
  /** Records set in this session. */
  prs: z.array(PrEvent),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

export const Exercise = z.object({
  id: Id,
  name: z.string(),
  aliases: z.array(z.string()),
  muscles: z.array(z.string()),
  lowerBody: z.boolean(),
  bodyweight: z.boolean(),
  builtin: z.boolean(),
});
export type Exercise = z.infer<typeof Exercise>;

export const ExerciseRecords = z.object({
  exercise: z.string(),
  heaviest: z.object({ weightKg: z.number(), reps: z.number(), date: Day, sessionId: Id, setId: Id }).nullable(),
  bestE1rm: z.object({ e1rmKg: z.number(), weightKg: z.number(), reps: z.number(), date: Day, sessionId: Id, setId: Id }).nullable(),
  bestSessionVolume: z.object({ volumeKg: z.number(), date: Day, sessionId: Id }).nullable(),
  repMaxes: z.array(z.object({ weightKg: z.number(), reps: z.number(), date: Day, setId: Id })),
});
export type ExerciseRecords = z.infer<typeof ExerciseRecords>;

export const ExerciseDay = z.object({
  date: Day,
  sessionId: Id,
  /** Best e1RM of the day's working sets (science.md §6), kg. */
  bestE1rmKg: z.number().nullable(),
  topSet: z.object({ weightKg: z.number(), reps: z.number() }).nullable(),
  /** Σ load × reps of working sets, kg. */
  volumeKg: z.number(),
  workingSets: z.number().int(),
  sets: z.array(LiftSet),
});

export const RoutineItem = z.object({
  exerciseId: Id,
  exercise: z.string(),
  sets: z.number().int(),
  reps: z.number().int(),
  weightKg: z.number().nullable(),
  rpe: z.number().nullable(),
  type: SetType,
});
export const Routine = z.object({ id: Id, name: z.string(), kind: SessionKind, notes: z.string().nullable(), items: z.array(RoutineItem) });
export type Routine = z.infer<typeof Routine>;

const RoutineItemInput = z
  .object({
    exercise: exerciseName,
    sets: numberField('sets').int({ message: 'sets must be a whole number' }).min(1, { message: 'sets must be between 1 and 20' }).max(20, { message: 'sets must be between 1 and 20' }),
    reps: setReps,
    weightKg: setWeightKg.nullable().optional(),
    rpe: setRpe.nullable().optional(),
    type: SetType.optional(),
  })
  .strict();
const routineName = z.string({ error: 'name must be text' }).trim().min(1, { message: 'name is required' }).max(80, { message: 'name must be at most 80 characters' });

export const Template = z.object({
  id: Id,
  name: z.string(),
  kind: SessionKind,
  modality: Modality.nullable(),
  start: z.string(),
  minutes: z.number(),
  rpe: z.number(),
  distanceKm: z.number().nullable(),
  elevationGainM: z.number().nullable(),
  elevationLossM: z.number().nullable(),
  notes: z.string().nullable(),
  routineId: z.number().nullable(),
  loadAU: z.number(),
});
export type Template = z.infer<typeof Template>;

const templateFields = {
  name: routineName,
  kind: SessionKind,
  start: TimeOfDay('start'),
  minutes: sessionMinutes,
  rpe: sessionRpe,
  modality: Modality.nullable().optional(),
  distanceKm: distanceKm.nullable().optional(),
  elevationGainM: elevation('elevation gain').nullable().optional(),
  elevationLossM: elevation('elevation loss').nullable().optional(),
  notes: notes.nullable().optional(),
  routineId: Id.nullable().optional(),
};

const confirm = z.boolean({ error: 'confirm must be true or false' }).optional();

export const SetAddInput = SetInput.extend({
  /** The day (joins that day's strength session, creating one when there is none). */
  date: Day.optional(),
  sessionId: Id.optional(),
  /** Create the exercise as a custom one when it is not known. */
  create: z.boolean().optional(),
  muscles: z.array(MuscleGroup).optional(),
  lowerBody: z.boolean().optional(),
  bodyweight: z.boolean().optional(),
  /** For a session created on the way: its start, kind, duration and session RPE. */
  start: TimeOfDay('start').optional(),
  kind: SessionKind.optional(),
  minutes: sessionMinutes.optional(),
  sessionRpe: sessionRpe.optional(),
  confirm: z.boolean({ error: 'confirm must be true or false' }).optional(),
}).strict();

export const trainingMethods = {
  'session.add': method(
    'Plan or log a session (optionally with its sets). Overlapping another session needs confirm: true.',
    z.object({ ...sessionFields, planned: z.boolean().optional(), confirm, routineId: Id.nullable().optional(), sets: z.array(SetInput).max(300).optional() }).strict(),
    SessionDetail,
  ),
  'session.update': method(
    'Edit or move a session (any subset of fields). Overlapping another session needs confirm: true.',
    z
      .object({
        id: Id,
        date: Day.optional(),
        start: TimeOfDay('start').optional(),
        kind: SessionKind.optional(),
        minutes: sessionMinutes.optional(),
        rpe: sessionRpe.optional(),
        modality: Modality.nullable().optional(),
        distanceKm: distanceKm.nullable().optional(),
        elevationGainM: elevation('elevation gain').nullable().optional(),
        elevationLossM: elevation('elevation loss').nullable().optional(),
        avgHr: avgHr.nullable().optional(),
        title: title.nullable().optional(),
        notes: notes.nullable().optional(),
        planned: z.boolean().optional(),
        confirm,
      })
      .strict(),
    Session,
  ),
  'session.complete': method(
    'Mark a planned session done: it becomes a logged session, with the actuals given (others kept).',
    z
      .object({
        id: Id,
        start: TimeOfDay('start').optional(),
        minutes: sessionMinutes.optional(),
        rpe: sessionRpe.optional(),
        distanceKm: distanceKm.nullable().optional(),
        elevationGainM: elevation('elevation gain').nullable().optional(),
        elevationLossM: elevation('elevation loss').nullable().optional(),
        avgHr: avgHr.nullable().optional(),
        notes: notes.nullable().optional(),
        confirm,
      })
      .strict(),
    Session,
  ),
  'session.delete': method('Delete a session and its sets; returns them so the UI can undo.', z.object({ id: Id }).strict(), SessionDetail),
  'session.get': method('One session with its sets, e1RM per set and the records it set.', z.object({ id: Id }).strict(), SessionDetail),
  'session.list': method(
    'Sessions in a range (default: the 28 days ending today), in time order.',
    z
      .object({ from: Day.optional(), to: Day.optional(), planned: z.boolean().optional(), kind: SessionKind.optional() })
      .strict()
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] }),
    z.array(Session),
  ),
  'session.fromTemplate': method(
    'Create a session from a template on a day (planned unless planned: false).',
    z.object({ templateId: Id, date: Day, start: TimeOfDay('start').optional(), planned: z.boolean().optional(), confirm }).strict(),
    Session,
  ),
  'set.add': method(
    'Log a set. Without sessionId it joins that day’s strength session, creating one if there is none. Unknown exercises are an error listing close matches, unless create: true.',
    SetAddInput,
    LiftSet.extend({
      sessionCreated: z.boolean(),
      /** joined the day's logged session, created one, or completed the day's planned one. */
      sessionAction: z.enum(['joined', 'created', 'completed']),
      /** Records this set (or its session's volume) set. */
      prs: z.array(PrEvent),
    }),
  ),
  'set.update': method(
    'Edit a set.',
    z
      .object({
        id: Id,
        exercise: exerciseName.optional(),
        weightKg: setWeightKg.optional(),
        assisted: z.boolean().optional(),
        reps: setReps.optional(),
        rpe: setRpe.nullable().optional(),
        rir: setRir.nullable().optional(),
        type: SetType.optional(),
        notes: notes.nullable().optional(),
      })
      .strict(),
    LiftSet,
  ),
  'set.delete': method('Delete a set; returns it.', z.object({ id: Id }).strict(), LiftSet),
  'exercise.list': method('The exercise catalogue (built-in and custom), by name.', Empty, z.array(Exercise)),
  'exercise.match': method(
    'Resolve an exercise name or alias (case-insensitive), with close matches when it is unknown.',
    z.object({ name: exerciseName }).strict(),
    z.object({ exercise: Exercise.nullable(), suggestions: z.array(z.string()) }),
  ),
  'exercise.add': method(
    'Add a custom exercise.',
    z
      .object({
        name: exerciseName,
        muscles: z.array(MuscleGroup).optional(),
        lowerBody: z.boolean().optional(),
        bodyweight: z.boolean().optional(),
        aliases: z.array(exerciseName).max(20).optional(),
      })
      .strict(),
    Exercise,
  ),
  'exercise.history': method(
    'One exercise’s history, newest first: per day best e1RM, top set, volume and sets; and its records.',
    z
      .object({ exercise: exerciseName, from: Day.optional(), to: Day.optional() })
      .strict()
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] }),
    z.object({ exercise: Exercise, days: z.array(ExerciseDay), records: ExerciseRecords.nullable() }),
  ),
  'lift.prs': method(
    'Personal records per exercise (heaviest weight, best e1RM, most reps at a weight, best session volume) and the latest records set.',
    z.object({ exercise: exerciseName.optional(), recent: z.number().int().min(0).max(500).optional() }).strict(),
    z.object({ records: z.array(ExerciseRecords), recent: z.array(PrEvent) }),
  ),
  'lift.weeklySets': method(
    'Working sets per muscle group in the week holding a day (default today; the profile’s week start).',
    z.object({ date: Day.optional() }).strict(),
    z.object({ from: Day, to: Day, muscles: z.array(z.object({ muscle: z.string(), sets: z.number().int() })) }),
  ),
  'routine.list': method('Saved routines (lists of exercises and sets to start a session from).', Empty, z.array(Routine)),
  'routine.add': method(
    'Save a routine.',
    z.object({ name: routineName, kind: SessionKind.optional(), notes: notes.nullable().optional(), items: z.array(RoutineItemInput).min(1, { message: 'a routine needs at least one exercise' }).max(50) }).strict(),
    Routine,
  ),
  'routine.update': method(
    'Edit a routine (items, when given, replace the old ones).',
    z.object({ id: Id, name: routineName.optional(), kind: SessionKind.optional(), notes: notes.nullable().optional(), items: z.array(RoutineItemInput).min(1, { message: 'a routine needs at least one exercise' }).max(50).optional() }).strict(),
    Routine,
  ),
  'routine.delete': method('Delete a routine; returns it.', z.object({ id: Id }).strict(), Routine),
  'template.list': method('Session templates.', Empty, z.array(Template)),
  'template.add': method('Save a session template.', z.object(templateFields).strict(), Template),
  'template.update': method(
    'Edit a session template.',
    z
      .object({
        id: Id,
        name: routineName.optional(),
        kind: SessionKind.optional(),
        start: TimeOfDay('start').optional(),
        minutes: sessionMinutes.optional(),
        rpe: sessionRpe.optional(),
        modality: Modality.nullable().optional(),
        distanceKm: distanceKm.nullable().optional(),
        elevationGainM: elevation('elevation gain').nullable().optional(),
        elevationLossM: elevation('elevation loss').nullable().optional(),
        notes: notes.nullable().optional(),
        routineId: Id.nullable().optional(),
      })
      .strict(),
    Template,
  ),
  'template.delete': method('Delete a session template; returns it.', z.object({ id: Id }).strict(), Template),
};

/** The training domain's per-day fields of `report.get` (merged into ReportDay). */
export const TrainingReportFields = {
  /** Session-RPE load of completed sessions (Foster 2001), AU. */
  loadAU: z.number(),
  /** Session-RPE load of sessions still planned, AU. */
  plannedLoadAU: z.number(),
  /** Hours asleep in the night that ended this morning, or null. */
  sleepHours: z.number().nullable(),
  /** Best e1RM per exercise that day (working sets, science.md §6), kg; absent exercises omitted. */
  e1rmKg: z.record(z.string(), z.number()),
};
