import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/main/core/context';
import { call } from '../../src/main/core/dispatch';
import { foodTestContext } from './food-helpers';

// Every sentence the verdicts, the planner, the review, the targets and the food day show speaks the
// profile's units: the demo history read back through dispatch with lb/mi and with kg/km.
const TODAY = '2026-11-26';

/**
 * Every string with a space in it (a sentence a screen or the CLI shows), with where it was found. A
 * `unit` field labels the number beside it (a signal's value stays per kg, as its thresholds are) and
 * is not a sentence.
 */
function sentences(v: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof v === 'string') {
    if (/\s/.test(v) && !path.endsWith('.unit')) out.push([path, v]);
  } else if (Array.isArray(v)) v.forEach((x, i) => sentences(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) sentences(x, `${path}.${k}`, out);
  return out;
}

function readAll(ctx: CoreContext): [string, string][] {
  return sentences({
    report: call(ctx, 'report.get', { from: '2026-10-01', to: TODAY }),
    energy: call(ctx, 'energy.dashboard', { to: TODAY }),
    plan: call(ctx, 'plan.check', {}),
    planWeek: call(ctx, 'plan.week', {}),
    review: call(ctx, 'review.week', {}),
    insights: call(ctx, 'insights.get', {}),
    targets: call(ctx, 'targets.week', {}),
    checkin: call(ctx, 'targets.checkin', {}),
    today: call(ctx, 'nutrition.day', { date: TODAY }),
  }, '');
}

function demo(weightUnit: 'kg' | 'lb', distanceUnit: 'km' | 'mi'): [string, string][] {
  const ctx = foodTestContext(TODAY);
  call(ctx, 'demo.load', {});
  call(ctx, 'profile.set', { weightUnit, distanceUnit });
  return readAll(ctx);
}

describe('messages in the profile’s units', () => {
  it('an lb/mi profile reads lb and no kg or km, except where a per-kg figure from a source stands beside its per-lb one', () => {
    const all = demo('lb', 'mi');
    const lb = all.filter(([, s]) => /\blb\b/.test(s));
    // The demo's verdicts, trend and targets all speak of body mass, so lb must show up.
    expect(lb.length).toBeGreaterThan(5);
    const metric = all.filter(([, s]) => /\b(kg|km)\b/.test(s) && !/\/lb \([^)]*\/kg\)/.test(s));
    expect(metric.map(([p, s]) => `${p}: ${s}`)).toEqual([]);
    // A per-kg figure is only ever the one beside its per-lb equivalent.
    for (const [p, s] of all.filter(([, x]) => /\bkg\b/.test(x))) expect(s.replace(/\/lb \([^)]*\/kg\)/g, '/lb'), p).not.toMatch(/\bkg\b/);
  });

  it('a kg/km profile reads no lb or mi', () => {
    const all = demo('kg', 'km');
    expect(all.filter(([, s]) => /\bkg\b/.test(s)).length).toBeGreaterThan(5);
    const imperial = all.filter(([, s]) => /\b(lb|lbs|mi)\b/.test(s));
    expect(imperial.map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });

  it('cites sources by author and year, never by a section of the app’s own notes; load and estimated max in words, not "AU" or "e1RM"', () => {
    const all = demo('kg', 'km');
    expect(all.some(([, s]) => /\b(19|20)\d\d\b/.test(s))).toBe(true);
    expect(all.filter(([, s]) => /science\.md|§/.test(s)).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
    expect(all.some(([, s]) => /load points/.test(s))).toBe(true);
    expect(all.filter(([, s]) => /\bAU\b|\be1RM\b/.test(s)).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });
});
