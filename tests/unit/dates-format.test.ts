import { describe, expect, it } from 'vitest';
import { dayMonth, dayRangeText, hourText, longDay, momentText, monthText, shortDay, timeRangeText, timeText, weekdayText, weekText } from '../../src/shared/dateFormat';

const TODAY = '2026-12-03';

describe('the one date language, in en-GB and en-US', () => {
  it('writes the short style in each locale’s order, with the year only outside this year', () => {
    expect(shortDay('2026-12-03', 'en-GB', TODAY)).toBe('Thu 3 Dec');
    expect(shortDay('2026-12-03', 'en-US', TODAY)).toBe('Thu, Dec 3');
    expect(shortDay('2025-12-03', 'en-GB', TODAY)).toBe('Wed, 3 Dec 2025');
    expect(shortDay('2025-12-03', 'en-US', TODAY)).toBe('Wed, Dec 3, 2025');
    expect(dayMonth('2026-11-30', 'en-GB', TODAY)).toBe('30 Nov');
    expect(dayMonth('2026-11-30', 'en-US', TODAY)).toBe('Nov 30');
    expect(dayMonth('2027-01-04', 'en-GB', TODAY)).toBe('4 Jan 2027');
    expect(weekdayText('2026-12-03', 'en-GB')).toBe('Thu');
  });

  it('writes the long style with the weekday and month in full', () => {
    expect(longDay('2026-12-03', 'en-GB')).toBe('Thursday, 3 December 2026');
    expect(longDay('2026-12-03', 'en-US')).toBe('Thursday, December 3, 2026');
  });

  it('writes clock times on the locale’s clock', () => {
    expect(timeText('07:05', 'en-GB')).toBe('07:05');
    expect(timeText('07:05', 'en-US')).toBe('7:05 AM');
    expect(timeText('18:30', 'en-US')).toBe('6:30 PM');
    expect(timeRangeText('07:00', '08:30', 'en-GB')).toBe('07:00–08:30');
    expect(hourText(6, 'en-GB')).toBe('06:00');
    expect(hourText(18, 'en-US')).toBe('6 PM');
    expect(timeRangeText('07:00', '08:30', 'en-US')).toBe('7:00 AM–8:30 AM');
  });

  it('writes a range with its shared month once, and its year only outside this year', () => {
    // Intl puts (thin) spaces around the dash; compare on plain spaces.
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(dayRangeText('2026-12-03', '2026-12-09', 'en-GB', TODAY))).toBe('3 – 9 Dec');
    expect(plain(dayRangeText('2026-12-03', '2026-12-09', 'en-US', TODAY))).toBe('Dec 3 – 9');
    expect(plain(dayRangeText('2026-11-30', '2026-12-06', 'en-GB', TODAY))).toBe('30 Nov – 6 Dec');
    expect(plain(dayRangeText('2025-12-01', '2025-12-07', 'en-GB', TODAY))).toBe('1 – 7 Dec 2025');
    expect(plain(dayRangeText('2026-12-28', '2027-01-03', 'en-US', TODAY))).toBe('Dec 28, 2026 – Jan 3, 2027');
    expect(dayRangeText('2026-12-03', '2026-12-03', 'en-GB', TODAY)).toBe('3 Dec');
  });

  it('names a week by its first day and a month for long axes', () => {
    expect(weekText('2026-11-30', 'en-GB', TODAY)).toBe('Week of 30 Nov');
    expect(weekText('2026-11-30', 'en-US', TODAY)).toBe('Week of Nov 30');
    expect(monthText('2026-12-03', 'en-GB', false)).toBe('Dec');
    expect(monthText('2026-12-03', 'en-US', true)).toBe('Dec 2026');
  });

  it('shows a day as that calendar day in every time zone', () => {
    // A Date built from the day in local time would show 2 December west of Greenwich.
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(shortDay('2026-12-03', 'en-GB', TODAY)).toBe('Thu 3 Dec');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('shows a moment on the reader’s clock, its year only outside this year', () => {
    expect(momentText('2026-12-03T14:05:00.000Z', 'en-GB', TODAY, 'UTC')).toBe('Thu 3 Dec, 14:05');
    expect(momentText('2026-12-03T14:05:00.000Z', 'en-US', TODAY, 'UTC')).toBe('Thu, Dec 3, 2:05 PM');
    expect(momentText('2026-12-03T14:05:00.000Z', 'en-GB', TODAY, 'Asia/Tokyo')).toBe('Thu 3 Dec, 23:05');
    // Already 1 July in Berlin, and of another year than today's.
    expect(momentText('2025-06-30T23:30:00.000Z', 'en-GB', TODAY, 'Europe/Berlin')).toBe('Tue, 1 Jul 2025, 01:30');
  });

  it('shows what is not a day as it is, so an empty range never throws', () => {
    expect(shortDay('', 'en-GB', TODAY)).toBe('');
    expect(dayRangeText('', '', 'en-US', TODAY)).toBe('');
    expect(timeText('', 'en-GB')).toBe('');
  });
});
