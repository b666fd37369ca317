// Apple Health: export.zip (member apple_health_export/export.xml) or the bare export.xml. Streamed:
// yauzl inflates the member chunk by chunk, RecordFilter drops the record types the app does not use
// before decoding, saxes parses the rest. Kept: body mass (and body fat, joined to that day's weighing),
// asleep sleep stages (merged across phone and watch into nights), dietary energy and macros (one day
// total each; the copies inside a <Correlation> are skipped, they repeat top-level records) and workouts.
import type { Readable } from 'node:stream';
import type { SaxesTagPlain } from 'saxes';
import { AppError, invalid } from '../../../errors';
import type { FoodRecord, Importer, ImportRecord, Mass, ParseOptions, Sniff, WeightRecord } from '../records';
import { activitySession } from './activity';
import { RecordFilter } from './appleHealthFilter';
import { parseStamp, type LocalStamp } from './localTime';
import { nightsFromStretches, type Stretch } from './sleepNights';
import { checkUtf8Start, newParser, notUtf8, notXml } from './xml';
import { baseName, damaged, fileStream, isZipFile, memberStream, openZip } from './zip';
import { isAppleHealthExport } from './zipKinds';

const Q = 'HKQuantityTypeIdentifier';
const BODY_MASS = `${Q}BodyMass`;
const BODY_FAT = `${Q}BodyFatPercentage`;
const SLEEP = 'HKCategoryTypeIdentifierSleepAnalysis';
const NUTRIENTS: Record<string, 'kcal' | 'proteinG' | 'carbsG' | 'fatG'> = {
  [`${Q}DietaryEnergyConsumed`]: 'kcal',
  [`${Q}DietaryProtein`]: 'proteinG',
  [`${Q}DietaryCarbohydrates`]: 'carbsG',
  [`${Q}DietaryFatTotal`]: 'fatG',
};
const KEEP = new Set([BODY_MASS, BODY_FAT, SLEEP, ...Object.keys(NUTRIENTS)]);
/** Asleep values: iOS 16+ stages and the older single value. InBed and Awake are not sleep. */
const ASLEEP = new Set(['Asleep', 'AsleepUnspecified', 'AsleepCore', 'AsleepDeep', 'AsleepREM'].map((v) => `HKCategoryValueSleepAnalysis${v}`));

const KCAL_PER: Record<string, number> = { kcal: 1, Cal: 1, kJ: 1 / 4.184, cal: 0.001 };
const GRAMS_PER: Record<string, number> = { g: 1, mg: 0.001, kg: 1000 };
const KM_PER: Record<string, number> = { km: 1, m: 0.001, mi: 1.609344, yd: 0.0009144, ft: 0.0003048 };
const METRES_PER: Record<string, number> = { m: 1, cm: 0.01, ft: 0.3048, in: 0.0254, km: 1000 };
const MINUTES_PER: Record<string, number> = { min: 1, s: 1 / 60, hr: 60, h: 60 };

type Attrs = Record<string, string>;
type Nutrients = Record<'kcal' | 'proteinG' | 'carbsG' | 'fatG', number | null>;

interface Workout {
  n: number;
  attrs: Attrs;
  distanceKm: number | null;
  avgHr: number | null;
  gainM: number | null;
  lossM: number | null;
}

/** "1234 cm", "12.5 m", "40 ft" → metres. */
function metres(text: string | undefined): number | null {
  const m = /^\s*([\d.]+)\s*([a-z]+)\s*$/i.exec(text ?? '');
  const per = m ? METRES_PER[m[2]] : undefined;
  return m && per !== undefined ? Number(m[1]) * per : null;
}

class Reader {
  readonly out: ImportRecord[] = [];
  private readonly weights: { stamp: LocalStamp; text: string; mass: Mass; n: number }[] = [];
  private readonly fat = new Map<string, number>(); // startDate text or day → %
  private readonly sleep: Stretch[] = [];
  private readonly food = new Map<string, Nutrients>();
  private correlationDepth = 0;
  private workout: Workout | null = null;
  private workouts = 0;
  private depth = 0;
  private workoutDepth = 0;
  private rootSeen = false;

  private numberAt = 0;

  /** `numbers`: the record numbers of the kept records, in order (from RecordFilter). */
  constructor(private readonly numbers: number[]) {}

  open(tag: SaxesTagPlain, fail: (msg: string) => void): void {
    this.depth += 1;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (tag.name !== 'HealthData') fail(`the root element is <${tag.name}>, not <HealthData>`);
    }
    const a = tag.attributes as Attrs;
    switch (tag.name) {
      case 'Record':
        this.record(a, this.numbers[this.numberAt++] ?? 0);
        break;
      case 'Correlation':
        this.correlationDepth += 1;
        break;
      case 'Workout':
        this.workouts += 1;
        this.workout = { n: this.workouts, attrs: a, distanceKm: null, avgHr: null, gainM: null, lossM: null };
        this.workoutDepth = this.depth;
        break;
      case 'WorkoutStatistics':
        // Only the workout's own totals: iOS 16 also nests them per <WorkoutActivity>.
        if (this.workout && this.depth === this.workoutDepth + 1) this.statistics(this.workout, a);
        break;
      case 'MetadataEntry':
        if (this.workout && this.depth === this.workoutDepth + 1) {
          if (a.key === 'HKElevationAscended') this.workout.gainM = metres(a.value);
          else if (a.key === 'HKElevationDescended') this.workout.lossM = metres(a.value);
        }
        break;
    }
  }

  close(tag: SaxesTagPlain): void {
    if (tag.name === 'Correlation') this.correlationDepth -= 1;
    else if (tag.name === 'Workout' && this.workout) {
      this.out.push(this.session(this.workout));
      this.workout = null;
    }
    this.depth -= 1;
  }

  private record(a: Attrs, n: number): void {
    if (this.correlationDepth > 0) return; // repeated at top level
    const start = parseStamp(a.startDate ?? '');
    if (!start) {
      this.out.push({ kind: 'reject', line: n, reason: `Record ${n} (${a.type}) has no readable startDate ("${a.startDate ?? ''}").` });
      return;
    }
    const value = Number(a.value);
    if (a.type === SLEEP) {
      const end = parseStamp(a.endDate ?? '');
      if (ASLEEP.has(a.value) && end) this.sleep.push({ start, end });
      return;
    }
    if (!Number.isFinite(value) || a.value === '') {
      this.out.push({ kind: 'reject', line: n, reason: `Record ${n} (${a.type}) has no number for its value ("${a.value ?? ''}").` });
      return;
    }
    if (a.type === BODY_MASS) {
      const mass: Mass | null = a.unit === 'kg' || a.unit === 'lb' || a.unit === 'g' ? { value, unit: a.unit } : a.unit === 'st' ? { value: value * 14, unit: 'lb' } : null;
      if (mass) this.weights.push({ stamp: start, text: a.startDate, mass, n });
      else this.out.push({ kind: 'reject', line: n, reason: `Record ${n}: body mass in an unknown unit "${a.unit ?? ''}".` });
    } else if (a.type === BODY_FAT) {
      // Apple stores a fraction with unit "%" (0.185 is 18.5 %).
      const pct = value <= 1 ? value * 100 : value;
      this.fat.set(a.startDate, pct);
      this.fat.set(start.date, pct);
    } else {
      const field = NUTRIENTS[a.type];
      const per = field === 'kcal' ? KCAL_PER[a.unit] : GRAMS_PER[a.unit];
      if (per === undefined) {
        this.out.push({ kind: 'reject', line: n, reason: `Record ${n} (${a.type}) is in an unknown unit "${a.unit ?? ''}".` });
        return;
      }
      let day = this.food.get(start.date);
      if (!day) this.food.set(start.date, (day = { kcal: null, proteinG: null, carbsG: null, fatG: null }));
      day[field] = (day[field] ?? 0) + value * per;
    }
  }

  private statistics(w: Workout, a: Attrs): void {
    if (a.type?.startsWith(`${Q}Distance`) && a.sum !== undefined) {
      const per = KM_PER[a.unit];
      if (per !== undefined) w.distanceKm = (w.distanceKm ?? 0) + Number(a.sum) * per;
    } else if (a.type === `${Q}HeartRate` && a.average !== undefined) w.avgHr = Number(a.average);
  }

  private session(w: Workout): ImportRecord {
    const a = w.attrs;
    const start = parseStamp(a.startDate ?? '');
    const end = parseStamp(a.endDate ?? '');
    const perMin = MINUTES_PER[a.durationUnit ?? 'min'];
    const minutes = a.duration !== undefined && perMin !== undefined ? Number(a.duration) * perMin : start && end ? (end.ms - start.ms) / 60_000 : NaN;
    const type = (a.workoutActivityType ?? '').replace('HKWorkoutActivityType', '');
    if (!start || !(minutes > 0)) return { kind: 'reject', line: w.n, reason: `Workout ${w.n} (${type || 'no type'}) has no readable start or duration.` };
    // Older iOS: the totals are attributes; newer iOS keeps them only in WorkoutStatistics.
    const perKm = KM_PER[a.totalDistanceUnit ?? ''];
    const attrKm = a.totalDistance !== undefined && perKm !== undefined ? Number(a.totalDistance) * perKm : null;
    const distanceKm = w.distanceKm ?? (attrKm && attrKm > 0 ? attrKm : null);
    const record = activitySession({
      key: `apple-health:workout:${a.startDate}`,
      line: w.n,
      sport: type,
      start,
      minutes,
      distanceKm: distanceKm && distanceKm > 0 ? distanceKm : null,
      gainM: w.gainM,
      lossM: w.lossM,
      avgHr: w.avgHr,
      title: null,
    });
    return { ...record, sport: a.workoutActivityType ?? '' };
  }

  /** Everything that needs the whole file: weigh-ins with their body fat, nights, food days. */
  finish(): ImportRecord[] {
    const result: ImportRecord[] = [];
    for (const w of this.weights) {
      const weight: WeightRecord = {
        kind: 'weight',
        key: `apple-health:weight:${w.text}`,
        line: w.n,
        date: w.stamp.date,
        mass: w.mass,
        bodyFatPct: round1(this.fat.get(w.text) ?? this.fat.get(w.stamp.date) ?? null),
      };
      result.push(weight);
    }
    result.push(...nightsFromStretches(this.sleep, 'apple-health:sleep:'));
    const days = [...this.food.keys()].sort();
    days.forEach((date, i) => {
      const d = this.food.get(date)!;
      const food: FoodRecord = { kind: 'food', key: `apple-health:food:${date}`, line: i + 1, date, meal: null, name: 'Apple Health', kcal: round1(d.kcal), proteinG: round1(d.proteinG), carbsG: round1(d.carbsG), fatG: round1(d.fatG) };
      result.push(food);
    });
    return result;
  }
}

const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/** The records of an export.xml stream (`what` names it in messages). */
export async function* appleHealthRecords(stream: Readable, what: string, totalBytes: number | null, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const filter = new RecordFilter(KEEP);
  const reader = new Reader(filter.keptNumbers);
  const parser = newParser();
  parser.on('opentag', (tag) => reader.open(tag as SaxesTagPlain, (msg) => parser.fail(msg)));
  parser.on('closetag', (tag) => reader.close(tag as SaxesTagPlain));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const feed = (bytes: Buffer | undefined): void => {
    let text: string;
    try {
      text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw notUtf8(what);
    }
    try {
      parser.write(text);
    } catch (err) {
      throw notXml(what, err);
    }
  };
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      options.signal?.throwIfAborted();
      const buf = chunk as Buffer;
      if (bytes === 0) checkUtf8Start(buf, what);
      bytes += buf.length;
      feed(filter.push(buf));
      options.onProgress?.({ bytes, totalBytes, records: filter.seen });
      if (reader.out.length) yield* reader.out.splice(0);
    }
  } catch (err) {
    // Anything but our own refusals or a cancel comes from reading the file: a corrupt zip member.
    throw err instanceof AppError || options.signal?.aborted ? err : damaged(what, err);
  } finally {
    stream.destroy();
  }
  if (bytes === 0) throw invalid('file', `${what} is empty: there is nothing to import.`);
  feed(filter.end());
  feed(undefined);
  try {
    parser.close();
  } catch (err) {
    throw notXml(what, err);
  }
  yield* reader.out.splice(0);
  yield* reader.finish();
}

const APPLE_ROOT = /<!DOCTYPE HealthData|<HealthData[\s>]/;

export const appleHealthImporter: Importer = {
  id: 'apple-health',
  label: 'Apple Health (export.zip or export.xml)',
  detect: (sniff: Sniff) =>
    sniff.zipMembers ? isAppleHealthExport(sniff.zipMembers) : APPLE_ROOT.test(sniff.head.toString('utf8', 0, 65_536)),
  async *parse(path: string, options: ParseOptions) {
    if (!(await isZipFile(path))) {
      const { stream, size } = await fileStream(path);
      yield* appleHealthRecords(stream, path, size, options);
      return;
    }
    const { zip, members } = await openZip(path);
    try {
      const member = members.filter((m) => baseName(m) === 'export.xml').sort((a, b) => a.fileName.length - b.fileName.length)[0];
      if (!member) throw invalid('file', `${path} is a zip without apple_health_export/export.xml, so it is not an Apple Health export.`);
      const stream = await memberStream(zip, member);
      yield* appleHealthRecords(stream, member.fileName, member.uncompressedSize, options);
    } finally {
      zip.close();
    }
  },
};
