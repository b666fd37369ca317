// The per-day read model's one cache, per connection: the domains' per-day records, all weigh-ins,
// the profile, and the expenditure filter's answers with its states at month starts. It learns what
// went stale from its change feed only: a changed day is read again, and the filter is re-run from
// its last state on or before the earliest changed day (a day's state depends on the days before
// it only); `all` starts over. Nothing here is written to the database: reads never write.
import type Database from 'better-sqlite3';
import { addDays, dayRange, daysBetween } from '../../../shared/dates';
import type { DailyTraining } from '../../analysis/dailyInputs';
import type { DailyWeighIn, ExpenditureDay, FilterCheckpoint } from '../../analysis/expenditureFilter';
import type { EnergyProfile, FormulaPrior } from '../../analysis/expenditurePrior';
import { changeFeed, type ChangeFeed } from '../changes';
import { dailyIntake, type FoodDailyIntake } from '../diary/daily';
import { readProfile } from '../profile/store';
import { sleepHoursByDay } from '../sleep/store';
import { dailySessions, dailyTraining } from '../training/daily';
import { dailyWeighIns } from '../weight/store';

/**
 * One record per day over a contiguous span, read by a domain's range reader. A read covers the
 * missing days (outside the span, or changed) in ONE call from the first to the last of them.
 */
class DayRecords<T> {
  /** First day held; records[i] is day lo + i. */
  private lo: string | null = null;
  private records: T[] = [];
  private stale = new Set<string>();
  constructor(
    private readonly read: (from: string, to: string) => T[],
    /** Told of every read (the full training records also give the sessions-only ones). */
    private readonly onRead?: (from: string, records: T[]) => void,
  ) {}

  private get hi(): string | null {
    return this.lo === null ? null : addDays(this.lo, this.records.length - 1);
  }
  forget(dates: Iterable<string>): void {
    const { lo, hi } = this;
    if (lo === null || hi === null) return;
    for (const d of dates) if (d >= lo && d <= hi) this.stale.add(d);
  }
  forgetFrom(date: string): void {
    if (this.lo === null) return;
    if (date <= this.lo) return this.clear();
    this.records.length = Math.min(this.records.length, daysBetween(this.lo, date));
    for (const d of this.stale) if (d >= date) this.stale.delete(d);
  }
  clear(): void {
    this.records = [];
    this.stale.clear();
    this.lo = null;
  }
  /** The one span of [from, to] to read: from the first missing or changed day to the last. */
  private missing(from: string, to: string, lo: string, hi: string): { a: string; b: string } | null {
    let span: { a: string; b: string } | null = null;
    const widen = (x: string, y: string) => {
      if (!span) span = { a: x, b: y };
      else {
        if (x < span.a) span.a = x;
        if (y > span.b) span.b = y;
      }
    };
    if (from < lo) widen(from, addDays(lo, -1));
    if (to > hi) widen(addDays(hi, 1), to);
    for (const d of this.stale) if (d >= from && d <= to) widen(d, d);
    return span;
  }

  /** Takes records just read from the database, from `a` on, where they join or overlap what is held. */
  store(a: string, fresh: T[]): void {
    if (fresh.length === 0) return;
    const b = addDays(a, fresh.length - 1);
    const { lo, hi } = this;
    if (lo === null || hi === null) {
      this.records = fresh;
      this.lo = a;
    } else if (b < addDays(lo, -1) || a > addDays(hi, 1)) return; // a gap: keep the span contiguous
    else if (a < lo) {
      this.records = fresh.concat(this.records.slice(daysBetween(lo, b) + 1));
      this.lo = a;
    } else {
      const at = daysBetween(lo, a);
      for (let i = 0; i < fresh.length; i++) this.records[at + i] = fresh[i];
    }
    for (const d of this.stale) if (d >= a && d <= b) this.stale.delete(d);
  }

  /** Records of [from, to], reading what is missing. */
  get(from: string, to: string): T[] {
    const { lo, hi } = this;
    const span = lo === null || hi === null ? { a: from, b: to } : this.missing(from, to, lo, hi);
    if (span) {
      const fresh = this.read(span.a, span.b);
      this.store(span.a, fresh);
      this.onRead?.(span.a, fresh);
    }
    const base = this.lo as string;
    return this.records.slice(daysBetween(base, from), daysBetween(base, to) + 1);
  }
}

/** The filter's answers from its first day (the first weigh-in) on, and its states to resume from. */
interface FilterRun {
  start: string;
  /** The day it was when the run was made: intake from it on did not count (not over yet). */
  today: string;
  prior: FormulaPrior;
  /** Consecutive days from `start`. */
  days: ExpenditureDay[];
  /** States at the start of month starts, oldest first. */
  states: FilterCheckpoint[];
}

export class DailyCache {
  private readonly feed: ChangeFeed;
  private profileRead = false;
  private profileValue: EnergyProfile | null = null;
  private weekStartValue: 'monday' | 'sunday' = 'monday';
  private weightsValue: DailyWeighIn[] | null = null;
  readonly intake: DayRecords<FoodDailyIntake>;
  /** Sessions and load only (the filter's history). */
  readonly sessions: DayRecords<DailyTraining>;
  /** Sessions, load and best e1RM per lift (sleep is the sleep domain's: `sleep`). */
  readonly training: DayRecords<DailyTraining>;
  readonly sleep: DayRecords<number | null>;
  filter: FilterRun | null = null;

  constructor(private readonly db: Database.Database) {
    this.feed = changeFeed(db);
    this.intake = new DayRecords((from, to) => dailyIntake(db, from, to));
    this.sessions = new DayRecords((from, to) => dailySessions(db, from, to));
    this.training = new DayRecords(
      (from, to) => dailyTraining(db, from, to, { sleep: false }),
      (from, records) => this.sessions.store(from, records.map((d) => ({ ...d, sleepHours: null, e1rmKg: {} }))),
    );
    this.sleep = new DayRecords((from, to) => {
      const hours = sleepHoursByDay(db, from, to);
      return dayRange(from, to).map((d) => hours.get(d) ?? null);
    });
  }

  /** Applies what the feed reports: called before every answer. */
  refresh(): void {
    const changes = this.feed.take();
    if (changes.all) return this.reset();
    if (changes.dates.size === 0) return;
    const dates = [...changes.dates].sort();
    for (const r of [this.intake, this.sessions, this.training, this.sleep] as DayRecords<unknown>[]) r.forget(dates);
    // A weigh-in moves the body weight of bodyweight lifts (e1RM) from its day to the next weigh-in,
    // and before the first weigh-in: compare the weigh-ins to find the first day that moved.
    if (this.weightsValue) {
      const before = this.weightsValue;
      const after = this.readWeights();
      const moved = firstDifference(before, after);
      if (moved !== null) {
        if (moved === 0) this.training.clear();
        else this.training.forgetFrom(minDate(before[moved]?.date, after[moved]?.date));
      }
    }
    this.forgetFilterFrom(dates[0]);
  }

  /** A new day: the days from the day it was until now are over now, and may count. */
  filterToday(today: string): void {
    const f = this.filter;
    if (!f || f.today === today) return;
    this.forgetFilterFrom(minDate(f.today, today));
    if (this.filter) this.filter.today = today;
  }

  private forgetFilterFrom(date: string): void {
    const f = this.filter;
    if (!f) return;
    if (date <= f.start) {
      this.filter = null;
      return;
    }
    const keep = f.days.findIndex((d) => d.date >= date);
    if (keep >= 0) f.days.length = keep;
    f.states = f.states.filter((s) => s.date <= date);
  }

  private reset(): void {
    this.profileRead = false;
    this.weightsValue = null;
    for (const r of [this.intake, this.sessions, this.training, this.sleep] as DayRecords<unknown>[]) r.clear();
    this.filter = null;
  }

  profile(): EnergyProfile | null {
    if (!this.profileRead) {
      const p = readProfile(this.db);
      this.profileValue = p ? { sex: p.sex, birthDate: p.birthDate, heightCm: p.heightCm, activityLevel: p.activityLevel, bodyFatPct: p.bodyFatPct } : null;
      this.weekStartValue = p?.weekStart ?? 'monday';
      this.profileRead = true;
    }
    return this.profileValue;
  }

  /** The profile's first day of the week (Monday without a profile): where every weekly figure's weeks start. */
  weekStart(): 'monday' | 'sunday' {
    this.profile();
    return this.weekStartValue;
  }

  private readWeights(): DailyWeighIn[] {
    return (this.weightsValue = dailyWeighIns(this.db, '9999-12-31'));
  }

  /** Every day's mean weigh-in up to `to`. */
  weights(to: string): DailyWeighIn[] {
    const all = this.weightsValue ?? this.readWeights();
    let n = all.length;
    while (n > 0 && all[n - 1].date > to) n -= 1;
    return n === all.length ? all : all.slice(0, n);
  }

  /** Full training records of [from, to]: sessions, load, best e1RM and the night's sleep. */
  fullTraining(from: string, to: string): DailyTraining[] {
    const sleep = this.sleep.get(from, to);
    return this.training.get(from, to).map((t, i) => (t.sleepHours === sleep[i] ? t : { ...t, sleepHours: sleep[i] }));
  }

  /** Sessions-only records of [from, to] (with the night's sleep when asked). */
  sessionDays(from: string, to: string, withSleep = false): DailyTraining[] {
    const days = this.sessions.get(from, to);
    if (!withSleep) return days;
    const sleep = this.sleep.get(from, to);
    return days.map((t, i) => (sleep[i] === null ? t : { ...t, sleepHours: sleep[i] }));
  }
}

function firstDifference(a: DailyWeighIn[], b: DailyWeighIn[]): number | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.date !== y.date || x.weightKg !== y.weightKg) return i;
  }
  return null;
}

const minDate = (x: string | undefined, y: string | undefined): string => [x, y].filter((d): d is string => !!d).sort()[0];

const caches = new WeakMap<Database.Database, DailyCache>();

/** The connection's cache, brought up to date with the writes since it last answered. */
export function dailyCache(db: Database.Database): DailyCache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new DailyCache(db)));
  else c.refresh();
  return c;
}
