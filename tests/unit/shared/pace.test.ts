import { describe, expect, it } from 'vitest';
import { clockText, enduranceRate, paceSeconds, paceText, speedText } from '../../../src/shared/pace';

describe('pace and speed', () => {
  it('writes whole seconds as m:ss or h:mm:ss, carrying a rounded 60', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(307)).toBe('5:07');
    expect(clockText(359.6)).toBe('6:00');
    expect(clockText(3723)).toBe('1:02:03');
  });

  it('gives pace per km and per mile', () => {
    expect(paceText(30, 5, 'km')).toBe('6:00 /km');
    // 5 km = 3.10686 mi; 1800 s / 3.10686 = 579.36 s
    expect(paceSeconds(30, 5, 'mi')).toBeCloseTo(579.364, 3);
    expect(paceText(30, 5, 'mi')).toBe('9:39 /mi');
    // The demo's long run: 100 min over 17 km
    expect(paceText(100, 17, 'km')).toBe('5:53 /km');
    expect(paceText(100, 17, 'mi')).toBe('9:28 /mi');
  });

  it('gives speed in km/h or mph with one decimal', () => {
    expect(speedText(40, 16, 'km')).toBe('24.0 km/h');
    expect(speedText(40, 16, 'mi')).toBe('14.9 mph');
    expect(speedText(60, 1.609344 * 20, 'mi')).toBe('20.0 mph');
  });

  it('is null without a usable distance or time', () => {
    for (const d of [null, undefined, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(paceText(30, d, 'km')).toBeNull();
      expect(paceText(30, d, 'mi')).toBeNull();
      expect(speedText(30, d, 'km')).toBeNull();
      expect(enduranceRate('run', 30, d, 'mi')).toBeNull();
      expect(enduranceRate('ride', 30, d, 'km')).toBeNull();
    }
    expect(paceText(0, 5, 'km')).toBeNull();
    expect(paceText(null, 5, 'km')).toBeNull();
    expect(enduranceRate('swim', undefined, 2, 'km')).toBeNull();
  });

  it('reads each modality in its own rate', () => {
    expect(enduranceRate('run', 45, 7.5, 'km')).toBe('6:00 /km');
    expect(enduranceRate('walk', 60, 5, 'km')).toBe('12:00 /km');
    expect(enduranceRate(null, 45, 7.5, 'km')).toBe('6:00 /km');
    expect(enduranceRate('ride', 40, 16, 'km')).toBe('24.0 km/h');
    expect(enduranceRate('ride', 40, 16, 'mi')).toBe('14.9 mph');
    // 2 km in 40 min: 2:00 per 100 m; per 100 yd (91.44 m) 1:49.7
    expect(enduranceRate('swim', 40, 2, 'km')).toBe('2:00 /100 m');
    expect(enduranceRate('swim', 40, 2, 'mi')).toBe('1:50 /100 yd');
    // 6 km row in 24 min: 2:00 per 500 m whatever the unit
    expect(enduranceRate('row', 24, 6, 'km')).toBe('2:00 /500 m');
    expect(enduranceRate('row', 24, 6, 'mi')).toBe('2:00 /500 m');
  });
});
