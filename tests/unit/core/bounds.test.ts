import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/core/dispatch';
import { testContext } from '../helpers';

describe('dates and ranges are bounded at the contract', () => {
  it('refuses a day outside 1900–2100 with a message naming the limit, and writes nothing', () => {
    const ctx = testContext();
    expect(dispatch(ctx, 'weight.add', { date: '0000-01-01', weightKg: 80 }).ok).toBe(false);
    for (const date of ['9999-12-31', '1899-12-31', '2101-01-01']) {
      const r = dispatch(ctx, 'weight.add', { date, weightKg: 80 });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatchObject({ code: 'invalid_input', field: 'date' });
        expect(r.error.message).toMatch(/1900-01-01 to 2100-12-31/);
      }
    }
    const list = dispatch(ctx, 'weight.list', {});
    expect(list.ok && list.value).toEqual([]);
  });

  it('still says a non-date is not a real date (one message, not two)', () => {
    const r = dispatch(testContext(), 'weight.add', { date: '2026-02-30', weightKg: 80 });
    expect(!r.ok && r.error.message).toBe('date: must be a real date written YYYY-MM-DD.');
  });

  it('refuses a range over 20 years, whether both ends are given or one is left to its default', () => {
    const ctx = testContext();
    const both = dispatch(ctx, 'report.get', { from: '1900-01-01', to: '2100-12-31' });
    expect(!both.ok && both.error).toMatchObject({ code: 'invalid_input', field: 'from' });
    const fromOnly = dispatch(ctx, 'energy.dashboard', { from: '1950-01-01' });
    expect(!fromOnly.ok && fromOnly.error.message).toMatch(/longer than 7,305 days \(20 years\)/);
    const twenty = dispatch(ctx, 'weight.trend', { from: '2006-11-28', to: '2026-11-26' });
    expect(twenty.ok).toBe(true);
  });
});
