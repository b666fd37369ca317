import { describe, expect, it } from 'vitest';
import { seedCore, syntheticHistory } from '../../scripts/bench/synthetic';
import { planDiary, per100Reader, seedFoodDiary, writeDiary } from '../../scripts/bench/seed-food';
import { seedTraining } from '../../scripts/bench/seed-training';
import { addEntry, setComplete } from '../../src/main/core/diary/diary';
import { dailyIntake } from '../../src/main/core/diary/daily';
import { dailyTraining } from '../../src/main/core/training/daily';
import { overlappingSessions } from '../../src/main/core/training/sessions';
import { foodTestContext } from './food-helpers';

const TODAY = '2026-11-26';
const oneYear = () => syntheticHistory(TODAY, 1);
const rows = (ctx: ReturnType<typeof foodTestContext>, table: string) => ctx.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();

describe('bench seed: food diary', () => {
  it('writes exactly the rows meal.add (addEntry) and day.setComplete write', () => {
    const fast = foodTestContext(TODAY);
    const slow = foodTestContext(TODAY);
    const plan = planDiary(oneYear(), per100Reader(fast));
    fast.db.transaction(() => writeDiary(fast, plan))();
    slow.db.transaction(() => {
      for (const { date, plan: day } of plan) {
        if (!day) continue;
        for (const m of day.meals) {
          if (m.quick) addEntry(slow, { date, meal: m.meal, quick: m.quick });
          for (const it of m.items) addEntry(slow, { date, meal: m.meal, food: { id: it.id, qty: it.grams, unit: 'g' } });
        }
        if (day.incomplete) setComplete(slow, date, false);
      }
    })();
    for (const table of ['diary_entry', 'diary_day', 'food_usage']) expect(rows(fast, table), table).toEqual(rows(slow, table));
    // The year holds every kind of day the seed makes, so the comparison covers them all.
    const days = plan.map((p) => p.plan);
    expect(days.some((d) => d === null)).toBe(true);
    expect(days.some((d) => d?.incomplete)).toBe(true);
    expect(days.some((d) => d?.meals.some((m) => m.quick && m.quick.proteinG === undefined))).toBe(true);
    expect(days.some((d) => d?.meals.some((m) => m.quick?.proteinG !== undefined))).toBe(true);
  });

  it('logs the synthetic intake: complete days within a few kcal, ~5 % missing, a few entries a day', () => {
    const ctx = foodTestContext(TODAY);
    const history = oneYear();
    seedCore(ctx, history);
    const { entries, days } = ctx.db.transaction(() => seedFoodDiary(ctx, history))();
    const intake = dailyIntake(ctx.db, history.from, history.to);
    const logged = intake.filter((d) => d.intakeKcal != null);
    expect(1 - days / history.days.length).toBeGreaterThan(0.02);
    expect(1 - days / history.days.length).toBeLessThan(0.09);
    expect(entries / days).toBeGreaterThan(5);
    expect(entries / days).toBeLessThan(10);
    const errors = logged.map((d) => Math.abs(d.intakeKcal! - history.days.find((h) => h.date === d.date)!.intakeKcal)).sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length * 0.9)]).toBeLessThan(10);
    // Protein per kg lower in the cuts than in the surpluses, as the story goes.
    const gPerKg = (phase: string) => {
      const xs = logged.filter((d) => d.proteinG != null && history.days.find((h) => h.date === d.date)!.phase === phase);
      return xs.reduce((s, d) => s + d.proteinG! / history.days.find((h) => h.date === d.date)!.trueWeightKg, 0) / xs.length;
    };
    expect(gPerKg('cut')).toBeLessThan(gPerKg('bulk') - 0.2);
  });
});

describe('bench seed: training and sleep', () => {
  it('4–6 sessions a week without overlaps, lifting sets, nightly sleep, the coming week planned', () => {
    const ctx = foodTestContext(TODAY);
    const history = oneYear();
    const { sessions, sets, nights } = ctx.db.transaction(() => seedTraining(ctx, history))();
    const weeks = history.days.length / 7;
    const done = (ctx.db.prepare('SELECT COUNT(*) AS n FROM training_sessions WHERE planned = 0').get() as { n: number }).n;
    expect(done / weeks).toBeGreaterThanOrEqual(4);
    expect(done / weeks).toBeLessThanOrEqual(6);
    expect(sessions - done).toBeGreaterThan(3); // planned ahead
    expect(sets / done).toBeGreaterThan(5);
    expect(nights / history.days.length).toBeGreaterThan(0.9);
    const all = ctx.db.prepare('SELECT id, date, start_time AS start, minutes FROM training_sessions').all() as { id: number; date: string; start: string; minutes: number }[];
    expect(all.filter((s) => overlappingSessions(ctx.db, s.date, s.start, s.minutes, [s.id]).length > 0)).toEqual([]);
    const daily = dailyTraining(ctx.db, history.from, history.to);
    expect(daily.some((d) => d.e1rmKg['Back Squat'] > 0)).toBe(true);
    expect(new Set(daily.flatMap((d) => d.sessions.map((s) => s.kind))).size).toBeGreaterThanOrEqual(8);
  });
});
