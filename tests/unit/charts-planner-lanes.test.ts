import { describe, expect, it } from 'vitest';
import { dayLanes, plannerHours, sessionBoxes, type LaneSession } from '../../src/shared/charts/plannerLanes';

const DAY = '2026-11-23';
let nextId = 1;
const s = (start: string, minutes: number, date = DAY): LaneSession => ({ id: nextId++, date, start, minutes });
const lanesOf = (list: LaneSession[]) => {
  const { lanes, placed } = dayLanes(list);
  return { lanes, byId: new Map(placed.map((p) => [p.session.id, p.lane])) };
};

describe('dayLanes', () => {
  it('puts sessions that do not overlap in one lane', () => {
    const list = [s('07:00', 60), s('12:00', 45), s('18:00', 90)];
    const { lanes, byId } = lanesOf(list);
    expect(lanes).toBe(1);
    expect(list.map((x) => byId.get(x.id))).toEqual([0, 0, 0]);
  });

  it('puts overlapping sessions side by side', () => {
    const a = s('07:00', 90);
    const b = s('07:30', 60);
    const c = s('08:00', 30);
    const { lanes, byId } = lanesOf([a, b, c]);
    expect(lanes).toBe(3);
    expect([byId.get(a.id), byId.get(b.id), byId.get(c.id)]).toEqual([0, 1, 2]);
  });

  it('reuses a lane when a session starts exactly as another ends', () => {
    const a = s('07:00', 60);
    const b = s('08:00', 60);
    const c = s('07:30', 60);
    const { lanes, byId } = lanesOf([a, b, c]);
    expect(lanes).toBe(2);
    expect(byId.get(a.id)).toBe(0);
    expect(byId.get(c.id)).toBe(1);
    // 08:00 starts when a (07:00–08:00) ends: back in lane 0
    expect(byId.get(b.id)).toBe(0);
  });

  it('fills the first free lane among many sessions', () => {
    const list = Array.from({ length: 12 }, (_, i) => s(`${String(6 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, 60));
    const { lanes, byId } = lanesOf(list);
    // each hour-long session overlaps only the one starting half an hour later
    expect(lanes).toBe(2);
    expect(list.map((x) => byId.get(x.id))).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('keeps the input order for sessions starting at the same time, whatever the input order of others', () => {
    const first = s('09:00', 30);
    const second = s('09:00', 30);
    const early = s('06:00', 30);
    const { placed } = dayLanes([first, second, early]);
    expect(placed.map((p) => p.session.id)).toEqual([early.id, first.id, second.id]);
    expect(placed.map((p) => p.lane)).toEqual([0, 0, 1]);
  });

  it('has one lane for an empty day', () => {
    expect(dayLanes([])).toEqual({ lanes: 1, placed: [] });
  });
});

describe('plannerHours', () => {
  it('shows 05:00–23:00 by default and widens to fit sessions', () => {
    expect(plannerHours([])).toEqual(Array.from({ length: 18 }, (_, i) => 5 + i));
    const hours = plannerHours([s('04:30', 30), s('23:00', 120)]);
    expect(hours[0]).toBe(4);
    expect(hours.at(-1)).toBe(23); // cut at midnight
  });
});

describe('sessionBoxes', () => {
  it('places boxes by start and length, lanes per day, cut at midnight', () => {
    const a = s('07:00', 60);
    const b = s('07:30', 30);
    const other = s('07:00', 15, '2026-11-24');
    const late = s('23:30', 120, '2026-11-24');
    const boxes = sessionBoxes([a, b, other, late], [DAY, '2026-11-24'], 5, 44);
    expect(boxes.get(a.id)).toEqual({ top: 88, height: 42, lane: 0, lanes: 2 });
    expect(boxes.get(b.id)).toEqual({ top: 110, height: 20, lane: 1, lanes: 2 });
    expect(boxes.get(other.id)).toEqual({ top: 88, height: 20, lane: 0, lanes: 1 });
    expect(boxes.get(late.id)).toEqual({ top: 814, height: 20, lane: 0, lanes: 1 });
  });

  it('leaves out sessions of days not shown', () => {
    expect(sessionBoxes([s('07:00', 60, '2026-12-01')], [DAY], 5, 44).size).toBe(0);
  });
});
