import { describe, expect, it } from 'vitest';
import { convertAmount, unitOptions } from '../../src/renderer/src/views/food/format';

// A banana as the food search returns it: one measure of 118 g.
const banana = unitOptions({ measures: [{ id: 7, name: 'medium (7" to 7-7/8" long)', grams: 118, amount: 1 }] as never });

describe('switching the unit of an amount keeps the grams', () => {
  it('100 g of banana becomes 0.85 medium, not 100 bananas', () => {
    expect(convertAmount(100, 'g', 'm:7', banana)).toBe(0.85);
  });
  it('2 medium become 236 g (whole grams) and 8.32 oz', () => {
    expect(convertAmount(2, 'm:7', 'g', banana)).toBe(236);
    expect(convertAmount(2, 'm:7', 'oz', banana)).toBe(8.32);
  });
  it('a small gram amount keeps its decimals; a tiny one never becomes zero', () => {
    expect(convertAmount(0.5, 'oz', 'g', banana)).toBe(14);
    expect(convertAmount(0.2, 'oz', 'g', banana)).toBe(5.67);
    expect(convertAmount(1, 'g', 'lb', banana)).toBe(0.0022);
  });
  it('an empty or invalid amount and an unknown unit are left as they are', () => {
    expect(convertAmount(null, 'g', 'oz', banana)).toBeNull();
    expect(convertAmount(-3, 'g', 'oz', banana)).toBe(-3);
    expect(convertAmount(50, 'g', 'm:999', banana)).toBe(50);
    expect(convertAmount(50, 'g', 'g', banana)).toBe(50);
  });
});
