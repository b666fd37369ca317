import { describe, expect, it } from 'vitest';
import { macroProgress } from '../../src/shared/charts/macroProgress';

const totals = (kcal: number, p: number, c: number, f: number, unknownP = 0) => ({ kcal, proteinG: p, carbsG: c, fatG: f, unknown: { proteinG: unknownP, carbsG: 0, fatG: 0 } });

describe('macroProgress', () => {
  it('places the value and the target band on one scale and says what is left', () => {
    const [energy, protein, carbs, fat] = macroProgress(totals(1250, 62.04, 100, 80), {
      energyKcal: 2500,
      proteinG: { min: 128, max: 176, source: 'Morton 2018' },
      carbsG: null,
      fatG: { min: 55.6, max: 97.2 },
    });
    expect(energy).toMatchObject({ status: 'below', text: '1,250 of 2,500 kcal', remaining: '1,250 kcal left', fill: 1250 / 3000, bandStart: 2500 / 3000, bandEnd: 2500 / 3000 });
    expect(protein).toMatchObject({ status: 'below', text: '62 g of 128–176 g', remaining: '66 g to go', source: 'Morton 2018' });
    expect(protein.bandStart).toBeCloseTo(128 / (176 * 1.2), 10);
    expect(carbs).toMatchObject({ status: 'none', target: null, remaining: null, text: '100 g' });
    expect(fat).toMatchObject({ status: 'within', remaining: 'in range' });
  });

  it('marks totals over the band, caps the fill at the bar end and counts unknown entries', () => {
    const [energy, protein] = macroProgress(totals(3000, 200, 0, 0, 2), { energyKcal: 2500, proteinG: { min: 128, max: 176 }, carbsG: null, fatG: null });
    expect(energy).toMatchObject({ status: 'above', remaining: '500 kcal over' });
    expect(protein).toMatchObject({ status: 'above', remaining: '24 g over', unknownEntries: 2 });
    expect(protein.fill).toBeLessThanOrEqual(1);
    expect(macroProgress(totals(2450, 0, 0, 0), { energyKcal: 2500, proteinG: null, carbsG: null, fatG: null })[0].status).toBe('within');
  });

  it('an empty day has empty bars', () => {
    const bars = macroProgress(totals(0, 0, 0, 0), { energyKcal: null, proteinG: null, carbsG: null, fatG: null });
    expect(bars.map((b) => b.fill)).toEqual([0, 0, 0, 0]);
  });
});
