import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract, methodNames as contractMethodNames } from '../../../src/shared/contract';
import { methodNames } from '../../../src/shared/contract/names';
import { call, dispatch } from '../../../src/main/core/dispatch';
import { AppError, invalid } from '../../../src/main/errors';
import { handlers } from '../../../src/main/core/handlers';
import { testContext } from '../helpers';

const weighInCount = (ctx: ReturnType<typeof testContext>) => (ctx.db.prepare('SELECT COUNT(*) AS n FROM weigh_ins').get() as { n: number }).n;

describe('contract', () => {
  it('names.ts (the preload’s zod-free list) equals the contract’s keys, in order', () => {
    expect([...methodNames]).toEqual(Object.keys(contract));
    expect([...methodNames]).toEqual(contractMethodNames);
  });

  it('every method has a summary, an input and an output schema, and a handler', () => {
    for (const name of Object.keys(contract) as (keyof typeof contract)[]) {
      const def = contract[name];
      expect(def.summary.length, name).toBeGreaterThan(5);
      expect(typeof def.input.safeParse, name).toBe('function');
      expect(typeof def.output.safeParse, name).toBe('function');
      expect(typeof handlers[name], name).toBe('function');
    }
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('method names are domain.verb', () => {
    for (const name of methodNames) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });
});

describe('dispatch', () => {
  const originals = { ...handlers };
  afterEach(() => {
    Object.assign(handlers, originals);
    vi.restoreAllMocks();
  });

  it('a valid call returns {ok: true, value} that matches the output schema', () => {
    const ctx = testContext('2026-03-10');
    const r = dispatch(ctx, 'weight.add', { date: '2026-03-09', weightKg: 81.25 });
    expect(r).toEqual({ ok: true, value: { id: 1, date: '2026-03-09', weightKg: 81.25, bodyFatPct: null } });
  });

  it('invalid input names the field in the message and in `field`', () => {
    const ctx = testContext();
    const r = dispatch(ctx, 'weight.add', { date: '2026-03-09', weightKg: 500 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({ code: 'invalid_input', field: 'weightKg', message: 'weightKg: weight must be between 20 and 400 kg.' });
  });

  it('a missing field is reported as required, by name', () => {
    const r = dispatch(testContext(), 'weight.add', { date: '2026-03-09' });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'weightKg', message: expect.stringMatching(/weight is required/) });
  });

  it('an unknown field is refused and named (inputs are strict)', () => {
    const r = dispatch(testContext(), 'weight.add', { date: '2026-03-09', weightKg: 80, weightLb: 176 });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'weightLb', message: 'Unknown field: weightLb.' });
  });

  it('a nested field is named with its path', () => {
    const r = dispatch(testContext(), 'profile.set', { hrMax: 'fast' });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'hrMax', message: expect.stringMatching(/^hrMax: maximum heart rate must be a number/) });
  });

  it('an unknown method gets unknown_method, including prototype names', () => {
    for (const name of ['weight.explode', '__proto__', 'constructor', 'toString', '']) {
      const r = dispatch(testContext(), name, {});
      expect(!r.ok && r.error.code, name).toBe('unknown_method');
    }
  });

  it('a handler throwing AppError crosses as {code, message, field}', () => {
    (handlers as Record<string, unknown>)['app.info'] = () => {
      throw invalid('date', 'That day is taken.');
    };
    const r = dispatch(testContext(), 'app.info', {});
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: 'That day is taken.', field: 'date' } });
  });

  it('an unexpected Error becomes `internal` with no stack or internals crossing, and is logged on the core side', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    (handlers as Record<string, unknown>)['app.info'] = () => {
      throw new TypeError('secret path /home/x/db: cannot read properties of undefined');
    };
    const r = dispatch(testContext(), 'app.info', {});
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'Internal error in app.info. Nothing was changed.' } });
    const wire = JSON.stringify(r);
    expect(wire).not.toMatch(/secret|at |\.ts|TypeError/);
    expect(log).toHaveBeenCalled();
  });

  it('a result that fails the output schema is an internal error, not a silent bad value', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    (handlers as Record<string, unknown>)['app.info'] = () => ({ version: 1 });
    const r = dispatch(testContext(), 'app.info', {});
    expect(!r.ok && r.error.code).toBe('internal');
    expect(!r.ok && r.error.message).toMatch(/did not match the contract/);
  });

  it('a handler that fails after writing leaves the database unchanged (each call is one transaction)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const ctx = testContext();
    call(ctx, 'weight.add', { date: '2026-01-01', weightKg: 80 });
    const realAdd = originals['weight.add'];
    (handlers as Record<string, unknown>)['weight.add'] = (input: never, c: never) => {
      realAdd(input, c);
      throw new Error('disk on fire');
    };
    expect(dispatch(ctx, 'weight.add', { date: '2026-01-02', weightKg: 81 }).ok).toBe(false);
    (handlers as Record<string, unknown>)['weight.add'] = (input: never, c: never) => ({ ...realAdd(input, c), weightKg: 'heavy' });
    expect(dispatch(ctx, 'weight.add', { date: '2026-01-03', weightKg: 82 }).ok).toBe(false);
    expect(weighInCount(ctx)).toBe(1);
  });

  it('call() returns the value or throws an AppError with the same code and field', () => {
    const ctx = testContext('2026-03-10');
    expect(call(ctx, 'weight.add', { date: '2026-03-10', weightKg: 70 }).id).toBe(1);
    try {
      call(ctx, 'weight.add', { date: '2026-03-11', weightKg: 70 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('invalid_input');
      expect((e as AppError).field).toBe('date');
      expect((e as AppError).message).toMatch(/in the future/);
    }
  });

  it('null or missing input counts as {} (methods without fields can be called bare)', () => {
    expect(dispatch(testContext(), 'app.info', undefined).ok).toBe(true);
    expect(dispatch(testContext(), 'app.info', null).ok).toBe(true);
    const r = dispatch(testContext(), 'app.info', [1, 2]);
    expect(!r.ok && r.error.code).toBe('invalid_input');
  });
});
