import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_MULTIPLIERS,
  boerFfm,
  cunningham,
  energyAvailability,
  energyDensity,
  fatFreeMass,
  forbesFatMass,
  forbesFatShare,
  mifflinStJeor,
  simpleExpenditure,
} from '../../src/main/analysis/energyFormulas';
import { kalmanScalarUpdate } from '../../src/main/analysis/expenditureFilter';
import { formulaPrior } from '../../src/main/analysis/expenditurePrior';
import { dailyExerciseEnergy, dailyTrainingMinutes, sessionMet, sessionNetEnergy } from '../../src/main/analysis/exerciseEnergy';
import { carbohydrateBand } from '../../src/main/analysis/carbohydrateBand';
import type { DailySession } from '../../src/main/analysis/dailyInputs';
import { miToKm } from '../../src/shared/units';

const session = (over: Partial<DailySession>): DailySession => ({
  id: 1,
  kind: 'zone2',
  modality: 'run',
  start: '07:00',
  minutes: 60,
  rpe: 4,
  distanceKm: null,
  elevationGainM: null,
  elevationLossM: null,
  avgHr: null,
  planned: false,
  ...over,
});

describe('science.md §1 vectors', () => {
  it('Mifflin–St Jeor: man 80 kg 180 cm 30 y → 1780; woman 60 kg 165 cm 30 y → 1320.25', () => {
    expect(mifflinStJeor('male', 80, 180, 30)).toBeCloseTo(1780, 10);
    expect(mifflinStJeor('female', 60, 165, 30)).toBeCloseTo(1320.25, 10);
  });

  it('Cunningham at FFM 68 → 1996', () => {
    expect(cunningham(68)).toBeCloseTo(1996, 10);
  });

  it('Boer FFM: 80 kg / 180 cm man → 61.42; the female form differs', () => {
    expect(boerFfm('male', 80, 180)).toBeCloseTo(61.42, 10);
    expect(boerFfm('female', 60, 165)).toBeCloseTo(0.252 * 60 + 0.473 * 165 - 48.3, 10);
  });

  it('FFM comes from a body-fat reading when there is one, else Boer (labelled estimated)', () => {
    expect(fatFreeMass('male', 80, 180, 15)).toEqual({ ffmKg: 68, estimated: false, method: 'body-fat' });
    const boer = fatFreeMass('male', 80, 180, null);
    expect(boer.estimated).toBe(true);
    expect(boer.method).toBe('boer');
    expect(boer.ffmKg).toBeCloseTo(61.42, 10);
  });

  it('activity multipliers 1.2 / 1.375 / 1.55 / 1.725 / 1.9', () => {
    expect(Object.values(ACTIVITY_MULTIPLIERS)).toEqual([1.2, 1.375, 1.55, 1.725, 1.9]);
  });

  it('running: 80 kg × 9.656 km → 772.5 kcal net (≈ 1 kcal/kg/km, Margaria)', () => {
    const e = sessionNetEnergy(session({ distanceKm: 9.656, minutes: 55 }), 80);
    expect(e.kcal).toBeCloseTo(772.48, 2);
    expect(e.method).toBe('running-distance');
    expect(e.lowKcal).toBeCloseTo(772.48 * 0.85, 2);
    expect(e.highKcal).toBeCloseTo(772.48 * 1.15, 2);
  });

  it('60 min vigorous lifting at 80 kg → 400 kcal net: (6.0 − 1) × 80 × 1 h', () => {
    expect(sessionNetEnergy(session({ kind: 'heavy-lower', modality: null, rpe: 8 }), 80).kcal).toBeCloseTo(400, 10);
  });
});

describe('exercise energy: which Compendium activity a session is matched to', () => {
  it.each([
    [{ kind: 'heavy-upper', modality: null, rpe: 8 }, 6.0],
    [{ kind: 'hypertrophy', modality: null, rpe: 6 }, 5.0],
    [{ kind: 'full-body', modality: null, rpe: 4 }, 3.5],
    [{ kind: 'zone2', modality: 'run', rpe: 4 }, 8.3],
    [{ kind: 'tempo', modality: 'run', rpe: 7 }, 9.8],
    [{ kind: 'zone2', modality: 'walk', rpe: 2 }, 3.5],
    [{ kind: 'zone2', modality: 'ride', rpe: 3 }, 3.5],
    [{ kind: 'zone2', modality: 'ride', rpe: 5 }, 4.8],
    [{ kind: 'tempo', modality: 'ride', rpe: 7 }, 6.8],
    [{ kind: 'intervals', modality: 'ride', rpe: 9 }, 8.8],
    [{ kind: 'zone2', modality: 'row', rpe: 4 }, 4.8],
    [{ kind: 'tempo', modality: 'row', rpe: 6 }, 7.0],
    [{ kind: 'intervals', modality: 'row', rpe: 9 }, 8.5],
    [{ kind: 'intervals', modality: 'other', rpe: 6 }, 8.0],
    [{ kind: 'sport', modality: null, rpe: 8 }, 8.0],
    [{ kind: 'mobility', modality: null, rpe: 2 }, 2.3],
  ])('%o → %s MET', (s, met) => {
    expect(sessionMet(s as DailySession).met).toBe(met);
  });

  it('a run without a distance uses METs; with a distance the per-km cost', () => {
    expect(sessionNetEnergy(session({ distanceKm: null, minutes: 60, rpe: 4 }), 70).kcal).toBeCloseTo(7.3 * 70, 10);
    expect(sessionNetEnergy(session({ distanceKm: 10, minutes: 60, rpe: 4 }), 70).kcal).toBeCloseTo(700, 10);
  });

  it('planned sessions count for neither energy nor training minutes; mobility is not training volume', () => {
    const day = {
      sessions: [
        session({ distanceKm: 10, planned: true }),
        session({ kind: 'heavy-lower', modality: null, rpe: 8, minutes: 60 }),
        session({ kind: 'mobility', modality: null, rpe: 2, minutes: 30 }),
      ],
    };
    const e = dailyExerciseEnergy(day, 80);
    expect(e.sessions).toBe(2);
    expect(e.kcal).toBeCloseTo(400 + 1.3 * 80 * 0.5, 10);
    expect(dailyTrainingMinutes(day)).toBe(60);
  });

  it('20 miles a week of running at 80 kg is ≈ +370 kcal/day net', () => {
    const perWeek = sessionNetEnergy(session({ distanceKm: miToKm(20) }), 80).kcal;
    expect(perWeek / 7).toBeCloseTo(367.9, 1);
  });
});

describe('formula prior', () => {
  const profile = { sex: 'male' as const, birthDate: '1996-01-01', heightCm: 180, activityLevel: 'moderate' as const, bodyFatPct: null };

  it('Mifflin × the activity multiplier without logged sessions', () => {
    const p = formulaPrior(profile, 80, 30, { exerciseLogged: false });
    expect(p.method).toBe('mifflin');
    expect(p.reeKcal).toBeCloseTo(1780, 10);
    expect(p.baseKcal).toBeCloseTo(1780 * 1.55, 10);
    expect(p.ffm.estimated).toBe(true);
  });

  it('caps the multiplier at "light" when sessions are logged, so exercise is not counted twice', () => {
    const p = formulaPrior(profile, 80, 30, { exerciseLogged: true });
    expect(p.multiplier).toBe(1.375);
    expect(p.levelMultiplier).toBe(1.55);
    expect(formulaPrior({ ...profile, activityLevel: 'sedentary' }, 80, 30, { exerciseLogged: true }).multiplier).toBe(1.2);
  });

  it('uses Cunningham when fat-free mass is known from a body-fat reading', () => {
    const p = formulaPrior(profile, 80, 30, { exerciseLogged: false, bodyFatPct: 15 });
    expect(p.method).toBe('cunningham');
    expect(p.reeKcal).toBeCloseTo(1996, 10);
    expect(p.ffm).toEqual({ ffmKg: 68, estimated: false, method: 'body-fat' });
  });
});

describe('science.md §2 vectors', () => {
  // The Hacker's Diet trend vector is tested once, in weight-trend.test.ts.
  it('energy density: f = 0.75 → 7534.75 kcal/kg (Hall 2008 form); pure fat and pure lean at the ends', () => {
    expect(energyDensity(0.75)).toBeCloseTo(7534.75, 10);
    expect(energyDensity(1)).toBe(9441);
    expect(energyDensity(0)).toBe(1816);
  });

  it("Forbes: leaner people lose a smaller fat share; the curve passes through its anchor", () => {
    expect(forbesFatShare(10)).toBeLessThan(forbesFatShare(30));
    expect(forbesFatMass(80, 80, 15)).toBeCloseTo(15, 8);
    // Moving along the curve: dFM/dW = FM / (FM + 10.4).
    const fm = forbesFatMass(79.9, 80, 15);
    expect((15 - fm) / 0.1).toBeCloseTo(forbesFatShare(15), 2);
    // W = FM + 10.4 ln FM + C holds at the solution.
    const c = 80 - 15 - 10.4 * Math.log(15);
    const fm2 = forbesFatMass(72, 80, 15);
    expect(fm2 + 10.4 * Math.log(fm2) + c).toBeCloseTo(72, 8);
  });

  it('simple estimator: 14 days at 2500 kcal, trend −0.05 kg/day, ρ 7700 → 2885 kcal', () => {
    expect(simpleExpenditure(2500, -0.7 / 14, 7700)).toBeCloseTo(2885, 10);
  });

  it('scalar Kalman: prior 2800, P 200², Q 20², observation 2885 with R 250² → K 0.3926, 2833.4, SD 156.6', () => {
    const k = kalmanScalarUpdate(2800, 200 ** 2, 20 ** 2, 2885, 250 ** 2);
    expect(k.gain).toBeCloseTo(0.3926, 4);
    expect(k.mean).toBeCloseTo(2833.4, 1);
    expect(k.sd).toBeCloseTo(156.6, 1);
  });
});

describe('science.md §3–4 vectors', () => {
  it('energy availability: 2400 in, 600 out, FFM 60 → 30.0', () => {
    expect(energyAvailability(2400, 600, 60)).toBeCloseTo(30.0, 10);
  });

  it('carbohydrate bands by training time (Thomas 2016), with our boundaries at 45, 90 and 180 min/day', () => {
    expect(carbohydrateBand(0)).toMatchObject({ load: 'light', lowGPerKg: 3, highGPerKg: 5 });
    expect(carbohydrateBand(44.9).load).toBe('light');
    expect(carbohydrateBand(45)).toMatchObject({ load: 'moderate', lowGPerKg: 5, highGPerKg: 7 });
    expect(carbohydrateBand(90)).toMatchObject({ load: 'high', lowGPerKg: 6, highGPerKg: 10 });
    expect(carbohydrateBand(179).load).toBe('high');
    expect(carbohydrateBand(180)).toMatchObject({ load: 'very-high', lowGPerKg: 8, highGPerKg: 12 });
  });
});
