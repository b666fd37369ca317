import { beforeAll, describe, expect, it } from 'vitest';
import { parseFoodXml } from '../../scripts/convert-usda-sr24';
import { loadFoodResource, type FoodResource, type ResourceFood } from '../../src/main/core/food/resource';
import { NUTRIENTS } from '../../src/shared/food/nutrients';

let resource: FoodResource;
const byId = new Map<string, ResourceFood>();
const value = (f: ResourceFood, key: string) => f[4][NUTRIENTS.findIndex((n) => n.key === key)];

beforeAll(() => {
  resource = loadFoodResource().resource;
  for (const f of resource.foods) byId.set(f[0], f);
});

describe('the bundled SR24 resource', () => {
  it('keeps every food: 7907 current and 951 deprecated, with 5-digit ids', () => {
    expect(resource.foods).toHaveLength(8858);
    expect(resource.foods.filter((f) => f[2] === 1)).toHaveLength(951);
    expect(resource.foods.every((f) => /^\d{5}$/.test(f[0]))).toBe(true);
    expect(resource.credit).toBe('USDA ARS, SR24');
  });

  it('has SR24 values per 100 g for 05064 roasted chicken breast', () => {
    const f = byId.get('05064')!;
    expect(f[1]).toBe('Chicken, broilers or fryers, breast, meat only, cooked, roasted');
    expect(value(f, 'energyKcal')).toBe(165);
    expect(value(f, 'proteinG')).toBe(31.02);
    expect(value(f, 'fatG')).toBe(3.57);
    expect(value(f, 'carbsG')).toBe(0);
    expect(f[3]).toEqual([4.27, 9.02, 3.87]); // Atwater factors protein, fat, carbohydrate
  });

  it('keeps household measures exactly as SR24 lists them (grams for `amount` units)', () => {
    expect(byId.get('05064')![5]).toContainEqual([0.5, 'breast, bone and skin removed', 86]);
  });

  it('stores a missing nutrient as null (unknown), never 0', () => {
    const chicken = byId.get('05064')!;
    expect(value(chicken, 'transFatG')).toBeNull(); // not in 05064.xml
    expect(value(chicken, 'sugarsG')).toBe(0); // SR24 says 0.0: a measured zero stays 0
    const calculator = byId.get('23999')!; // a food without any nutrient in SR24
    expect(calculator[4].every((v) => v === null)).toBe(true);
  });

  it('converts vitamin D from IU to µg (1 µg = 40 IU) and keeps vitamin A in IU', () => {
    const milk = byId.get('01077')!; // SR24: 51 IU vitamin D, 162 IU vitamin A
    expect(value(milk, 'vitaminDUg')).toBe(1.275);
    expect(value(milk, 'vitaminAIu')).toBe(162);
    expect(NUTRIENTS.find((n) => n.key === 'vitaminAIu')!.unit).toBe('IU');
  });

  it('flags retired foods as deprecated and keeps ids listed in both indexes as current', () => {
    expect(byId.get('03810')![2]).toBe(1); // only in deprecated.index
    expect(byId.get('06038')![2]).toBe(0); // in both indexes
  });
});

describe('parseFoodXml', () => {
  it('decodes entities, keeps measures and leaves absent nutrients null', () => {
    const xml =
      '<food uid="12345" fcf="9.0" pcf="4.0" name="Cheese &amp; &quot;crackers&quot;" ccf="4.0"><measure amount="0.5" name="cup" grams="60.0"/>' +
      '<nutrient amount="400.0" name="Energy"/><nutrient amount="80.0" name="Vitamin D"/></food>';
    const f = parseFoodXml(xml, 'test.xml');
    expect(f.name).toBe('Cheese & "crackers"');
    expect(f.measures).toEqual([[0.5, 'cup', 60]]);
    expect(f.values[NUTRIENTS.findIndex((n) => n.key === 'energyKcal')]).toBe(400);
    expect(f.values[NUTRIENTS.findIndex((n) => n.key === 'vitaminDUg')]).toBe(2);
    expect(f.values[NUTRIENTS.findIndex((n) => n.key === 'proteinG')]).toBeNull();
  });

  it('rejects a file without a valid food', () => {
    expect(() => parseFoodXml('<foo/>', 'x.xml')).toThrow(/no <food>/);
    expect(() => parseFoodXml('<food uid="1" name="x" pcf="4" fcf="9" ccf="4"/>', 'x.xml')).toThrow(/bad uid/);
  });
});
