import { describe, expect, it } from 'vitest';
import { fromKg, fromKm, G_PER_OZ, kgToLb, kmToMi, lbToKg, miToKm, ozToG, perMassText, round, toKg, toKm } from '../../../src/shared/units';

describe('unit conversion (exact international definitions)', () => {
  it('1 lb = 0.45359237 kg, 1 mi = 1.609344 km, 1 oz = 28.349523125 g', () => {
    expect(lbToKg(1)).toBe(0.45359237);
    expect(miToKm(1)).toBe(1.609344);
    expect(ozToG(1)).toBe(28.349523125);
    expect(ozToG(16)).toBeCloseTo(lbToKg(1) * 1000, 9);
    expect(G_PER_OZ * 16).toBeCloseTo(453.59237, 9);
  });

  it('known values', () => {
    expect(kgToLb(100)).toBeCloseTo(220.462262185, 8);
    expect(lbToKg(176)).toBeCloseTo(79.83225712, 8);
    expect(kmToMi(42.195)).toBeCloseTo(26.218757, 6);
    expect(miToKm(26.2)).toBeCloseTo(42.1648128, 7);
  });

  it('round-trips without drift once rounded for display', () => {
    for (const kg of [20, 55.5, 79.8, 123.45, 400]) {
      expect(round(toKg(fromKg(kg, 'lb'), 'lb'), 6)).toBe(kg);
      expect(fromKg(kg, 'kg')).toBe(kg);
    }
    for (const km of [0.4, 5, 21.0975, 100]) expect(round(toKm(fromKm(km, 'mi'), 'mi'), 6)).toBe(km);
    expect(toKm(10, 'km')).toBe(10);
  });

  it('round() removes float noise and rounds halves up', () => {
    expect(round(79.80000000001, 1)).toBe(79.8);
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.5, 0)).toBe(3);
    expect(round(kgToLb(80), 1)).toBe(176.4);
  });
});

describe('perMassText', () => {
  it('speaks per kg to kg users and per lb first, the sources’ per-kg figure beside it, to lb users', () => {
    expect(perMassText([1.6, 2.2], 'g', 'kg')).toBe('1.6–2.2 g/kg');
    expect(perMassText([1.6, 2.2], 'g', 'lb')).toBe('0.73–1 g/lb (1.6–2.2 g/kg)');
    expect(perMassText([32.44], 'kcal', 'lb', 1)).toBe('14.7 kcal/lb (32.4 kcal/kg)');
  });
});
