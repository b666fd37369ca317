// The benchmark's deterministic synthetic history: ten years of one athlete, decided once here so
// every domain seeds records that tell the same story (like the demo scenario, at scale). The core
// (profile + weigh-ins) is seeded here; domains seed their own records from the same days through
// their BenchSuite's `seed` hook (scripts/bench/types.ts).
import { call } from '../../src/main/core/dispatch';
import type { CoreContext } from '../../src/main/core/context';
import { gaussian, mulberry32 } from '../../src/main/core/demo/random';
import { addDays, dayRange } from '../../src/shared/dates';

export type SyntheticPhase = 'maintenance' | 'cut' | 'bulk';

export interface SyntheticDay {
  date: string;
  /** 0 … days − 1 */
  index: number;
  phase: SyntheticPhase;
  /** The simulated truth the other numbers come from. */
  trueTdeeKcal: number;
  intakeKcal: number;
  trueWeightKg: number;
  /** What the scale said that day: usually one reading, sometimes two, sometimes none. */
  weighInsKg: number[];
}

export interface SyntheticHistory {
  today: string;
  from: string;
  to: string;
  days: SyntheticDay[];
  profile: { sex: 'male'; birthDate: string; heightCm: number; activityLevel: 'active'; hrRest: number; hrMax: number; hrThreshold: number };
  /** A PRNG for a domain's own draws, seeded from a name so domains do not disturb each other's streams. */
  random(stream: string): () => number;
}

export const SYNTHETIC_TODAY = '2026-11-26';
export const SYNTHETIC_YEARS = 10;
const RHO_KCAL_PER_KG = 7700; // 3500 kcal/lb rule (science.md §2): good enough to drive synthetic data

// A 24-week cycle: 10 weeks at maintenance, 8 in a deficit, 6 in a surplus.
function phaseOf(index: number): SyntheticPhase {
  const week = Math.floor(index / 7) % 24;
  return week < 10 ? 'maintenance' : week < 18 ? 'cut' : 'bulk';
}

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Ten years (by default) ending `today`, identical on every run. */
export function syntheticHistory(today = SYNTHETIC_TODAY, years = SYNTHETIC_YEARS): SyntheticHistory {
  const rand = mulberry32(20161127);
  const from = addDays(today, -Math.round(years * 365.25) + 1);
  let weight = 82;
  const days: SyntheticDay[] = [];
  for (const [index, date] of dayRange(from, today).entries()) {
    const phase = phaseOf(index);
    const trueTdee = Math.round(2800 + 25 * (weight - 80) + gaussian(rand) * 60);
    // 8 weeks × 450 kcal under ≈ 6 weeks × 600 over: each cycle ends near where it began.
    const target = phase === 'maintenance' ? trueTdee : phase === 'cut' ? trueTdee - 450 : trueTdee + 600;
    const intake = Math.round(target + gaussian(rand) * 250);
    weight += (intake - trueTdee) / RHO_KCAL_PER_KG;
    const r = rand();
    const readings = r < 0.06 ? 0 : r > 0.95 ? 2 : 1;
    const weighInsKg = Array.from({ length: readings }, () => Math.round((weight + gaussian(rand) * 0.5) * 10) / 10);
    days.push({ date, index, phase, trueTdeeKcal: trueTdee, intakeKcal: intake, trueWeightKg: weight, weighInsKg });
  }
  return {
    today,
    from,
    to: today,
    days,
    profile: { sex: 'male', birthDate: '1990-03-18', heightCm: 181, activityLevel: 'active', hrRest: 50, hrMax: 190, hrThreshold: 170 },
    random: (stream) => mulberry32(hashSeed(stream)),
  };
}

/** The core's records: the profile and every weigh-in, through the same calls a user's input takes. */
export function seedCore(ctx: CoreContext, history: SyntheticHistory): { weighIns: number } {
  let weighIns = 0;
  ctx.db.transaction(() => {
    call(ctx, 'profile.set', history.profile);
    for (const d of history.days) {
      for (const kg of d.weighInsKg) {
        call(ctx, 'weight.add', { date: d.date, weightKg: kg });
        weighIns += 1;
      }
    }
  })();
  return { weighIns };
}
