// The planner's state: the shown week, the templates, what is selected or dragged, and every write
// the planner makes. The calendar, palette, editor and findings list share this one instance.
import type { Input, Output } from '../../../../shared/contract';
import { addDays } from '../../../../shared/dates';
import { ApiError, call } from '../api';
import { appState } from '../app-state.svelte';
import { currentDay, distanceIn, distanceToKm, kindLabel, numOrNull } from '../training';

export type Week = Output<'plan.week'>;
export type Session = Week['sessions'][number];
export type Finding = Week['findings'][number];
export type Template = Output<'template.list'>[number];
type SessionFields = Pick<Input<'session.update'>, 'minutes' | 'rpe' | 'distanceKm' | 'elevationGainM' | 'elevationLossM' | 'avgHr' | 'notes'>;

/** The side panel's editable fields, in the user's units (distance in km or mi). */
interface SessionForm {
  date: string;
  start: string;
  kind: string;
  modality: string;
  minutes: number | null;
  rpe: number | null;
  distance: number | null;
  elevationGainM: number | null;
  elevationLossM: number | null;
  avgHr: number | null;
  title: string;
  notes: string;
}

/** Findings about days or the week show in the header of the day they start on, not on sessions. */
const DAY_LEVEL = new Set(['high-stress-streak', 'no-low-stress-day', 'volume-jump', 'no-mobility']);
const isDayLevel = (f: Finding): boolean => f.sessionIds.length === 0 || DAY_LEVEL.has(f.code);

class PlannerStore {
  anchor = $state('');
  today = $state('');
  week = $state.raw<Week | null>(null);
  templates = $state.raw<Template[]>([]);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  /** An overlap the core asked about; run() re-sends the write with confirm. */
  confirmBox = $state<{ message: string; run: () => Promise<void> } | null>(null);
  drag = $state<{ what: 'session' | 'template'; id: number } | null>(null);
  hoveredFinding = $state.raw<Finding | null>(null);
  selectedId = $state<number | null>(null);
  /** The "add from template" form's day, kept inside the shown week. */
  tplId = $state<number | null>(null);
  tplDay = $state('');

  form = $state<SessionForm>({ date: '', start: '', kind: 'zone2', modality: '', minutes: 60, rpe: 5, distance: null, elevationGainM: null, elevationLossM: null, avgHr: null, title: '', notes: '' });
  /** The side panel shows the "mark done" fields instead of the plan's. */
  completing = $state(false);

  selected = $derived(this.week?.sessions.find((s) => s.id === this.selectedId) ?? null);

  findingsBySession = $derived.by(() => {
    const m = new Map<number, Finding[]>();
    for (const f of this.week?.findings ?? []) if (!isDayLevel(f)) for (const id of f.sessionIds) m.set(id, [...(m.get(id) ?? []), f]);
    return m;
  });

  dayFindings = $derived.by(() => {
    const m = new Map<string, Finding[]>();
    const first = this.week?.from ?? '';
    // A finding dated before the week (a streak that began last week) shows on the week's first day.
    for (const f of this.week?.findings ?? [])
      if (isDayLevel(f)) {
        const d = f.date < first ? first : f.date;
        m.set(d, [...(m.get(d) ?? []), f]);
      }
    return m;
  });

  /** A fresh planner on this week, as each time the view opens. */
  async open(): Promise<void> {
    this.week = null;
    this.error = this.notice = null;
    this.confirmBox = this.drag = this.hoveredFinding = null;
    this.selectedId = this.tplId = null;
    this.tplDay = '';
    this.completing = false;
    const d = await currentDay();
    this.today = d;
    this.anchor = d;
    await this.load();
  }

  async load(): Promise<void> {
    try {
      const [w, t] = await Promise.all([call('plan.week', { date: this.anchor }), call('template.list', {})]);
      this.week = w;
      this.templates = t;
      if (!this.tplDay || this.tplDay < w.from || this.tplDay > w.to) this.tplDay = w.from <= this.today && this.today <= w.to ? this.today : w.from;
      if (this.tplId == null && t.length) this.tplId = t[0].id;
      this.error = null;
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  go(deltaDays: number | null): void {
    this.anchor = deltaDays == null ? this.today : addDays(this.anchor, deltaDays);
    this.selectedId = null;
    void this.load();
  }

  /** Runs a write; an overlap comes back as a question, the answer re-sends it with confirm. */
  async attempt(write: (confirm: boolean) => Promise<unknown>, done?: string): Promise<void> {
    this.error = null;
    this.notice = null;
    try {
      await write(false);
      if (done) this.notice = done;
      await this.load();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'needs_confirmation') {
        this.confirmBox = {
          message: e.message.replace(/ Send it again with confirm: true.*$| Send again with confirm: true.*$/, ''),
          run: async () => {
            this.confirmBox = null;
            try {
              await write(true);
              if (done) this.notice = done;
            } catch (err) {
              this.error = (err as Error).message;
            }
            await this.load();
          },
        };
      } else this.error = (e as Error).message;
    }
  }

  addFromTemplate(templateId: number, date: string, start?: string): Promise<void> {
    return this.attempt((confirm) => call('session.fromTemplate', { templateId, date, start: start || undefined, confirm }));
  }

  moveSession(id: number, date: string, start: string): Promise<void> {
    return this.attempt((confirm) => call('session.update', { id, date, start, confirm }));
  }

  /** What a drop on a calendar slot means: move the dragged session, or add the dragged template. */
  drop(payload: { what: 'session' | 'template'; id: number } | null, date: string, time: string): void {
    this.drag = null;
    if (!payload) return;
    if (payload.what === 'session') void this.moveSession(payload.id, date, time);
    else void this.addFromTemplate(payload.id, date, time);
  }

  /** Opens a session in the side panel, its fields in the user's units. */
  select(s: Session): void {
    this.selectedId = s.id;
    this.completing = false;
    this.form = {
      date: s.date,
      start: s.start,
      kind: s.kind,
      modality: s.modality ?? '',
      minutes: s.minutes,
      rpe: s.rpe,
      distance: distanceIn(s.distanceKm, appState.distanceUnit),
      elevationGainM: s.elevationGainM,
      elevationLossM: s.elevationLossM,
      avgHr: s.avgHr,
      title: s.title ?? '',
      notes: s.notes ?? '',
    };
  }

  /** The form's numbers as the contract takes them (metric, blanks as null). */
  private fields(): SessionFields {
    const f = this.form;
    const distance = numOrNull(f.distance);
    return {
      minutes: numOrNull(f.minutes) ?? undefined,
      rpe: numOrNull(f.rpe) ?? undefined,
      distanceKm: distance == null ? null : distanceToKm(distance, appState.distanceUnit),
      elevationGainM: numOrNull(f.elevationGainM),
      elevationLossM: numOrNull(f.elevationLossM),
      avgHr: numOrNull(f.avgHr),
      notes: f.notes,
    };
  }

  save(): Promise<void> {
    const id = this.selectedId!;
    const f = this.form;
    const v = this.fields();
    return this.attempt(
      (confirm) =>
        call('session.update', {
          id,
          date: f.date,
          start: f.start,
          kind: f.kind as Session['kind'],
          modality: (f.modality || null) as Session['modality'],
          title: f.title,
          ...v,
          confirm,
        }),
      'Session saved.',
    );
  }

  async markDone(): Promise<void> {
    const id = this.selectedId!;
    const start = this.form.start;
    const v = this.fields();
    await this.attempt((confirm) => call('session.complete', { id, start, ...v, confirm }), 'Marked done.');
    this.completing = false;
  }

  async remove(): Promise<void> {
    const id = this.selectedId!;
    try {
      await call('session.delete', { id });
      this.selectedId = null;
      this.notice = 'Session deleted.';
      await this.load();
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  async saveAsTemplate(s: Session): Promise<void> {
    const base = s.title || kindLabel(s.kind);
    const name = base + (this.templates.some((t) => t.name === base) ? ` ${s.start}` : '');
    try {
      await call('template.add', { name, kind: s.kind, start: s.start, minutes: s.minutes, rpe: s.rpe, modality: s.modality, distanceKm: s.distanceKm, elevationGainM: s.elevationGainM, elevationLossM: s.elevationLossM, notes: s.notes });
      this.notice = `Saved as template “${name}”.`;
      await this.load();
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  async deleteTemplate(t: Template): Promise<void> {
    try {
      await call('template.delete', { id: t.id });
      this.notice = `Deleted template “${t.name}”.`;
      if (this.tplId === t.id) this.tplId = null;
      await this.load();
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  async copyWeek(): Promise<void> {
    if (!this.week) return;
    const from = this.week.from;
    await this.attempt((confirm) => call('plan.copyWeek', { from, confirm }), 'Week copied to the next week as a plan.');
  }
}

export const planner = new PlannerStore();

export const findingLine = (f: Finding): string => `${f.severity}: ${f.message} (${f.source})`;
