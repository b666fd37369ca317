import { describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import { testContext } from './helpers';

describe('empty database (welcome card and demo guard)', () => {
  it('is empty when nothing was entered', () => {
    expect(call(testContext(), 'app.info', {}).empty).toBe(true);
  });

  it('is not empty with only a night of sleep, and the demo refuses to mix into it', () => {
    const ctx = testContext();
    call(ctx, 'sleep.add', { date: '2026-11-25', bed: '23:00', wake: '07:00' });
    expect(call(ctx, 'app.info', {}).empty).toBe(false);
    expect(() => call(ctx, 'demo.load', {})).toThrow(/empty database/);
  });
});
