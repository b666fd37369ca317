// Daily carbohydrate by training load (Thomas, Erdman & Burke 2016, MSSE 48:543; science.md §4):
// light 3–5, ~1 h/day 5–7, 1–3 h/day 6–10, > 3 h/day 8–12 g per kg body weight per day.
// The source's bands describe programmes, not minutes; where one band ends and the next begins is
// our choice (D): under 45 min/day is light, 45–90 min/day is "about an hour", 90–180 min/day is
// "1–3 h", and above 3 h/day the top band (the source starts it at 4–5 h; we start it at 3 h).
// Training time is the average over the window of completed sessions, mobility excluded.

export type CarbLoad = 'light' | 'moderate' | 'high' | 'very-high';

export interface CarbohydrateBand {
  load: CarbLoad;
  label: string;
  lowGPerKg: number;
  highGPerKg: number;
  trainingMinPerDay: number;
}

export const CARB_BANDS: { load: CarbLoad; label: string; upToMinPerDay: number; low: number; high: number }[] = [
  { load: 'light', label: 'light training (under 45 min/day)', upToMinPerDay: 45, low: 3, high: 5 },
  { load: 'moderate', label: 'about 1 h of training a day', upToMinPerDay: 90, low: 5, high: 7 },
  { load: 'high', label: '1–3 h of training a day', upToMinPerDay: 180, low: 6, high: 10 },
  { load: 'very-high', label: 'over 3 h of training a day', upToMinPerDay: Infinity, low: 8, high: 12 },
];

export function carbohydrateBand(trainingMinPerDay: number): CarbohydrateBand {
  const band = CARB_BANDS.find((b) => trainingMinPerDay < b.upToMinPerDay) ?? CARB_BANDS[CARB_BANDS.length - 1];
  return { load: band.load, label: band.label, lowGPerKg: band.low, highGPerKg: band.high, trainingMinPerDay };
}
