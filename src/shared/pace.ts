// Pace and speed of an endurance session in the user's distance unit. Storage is minutes and km;
// these turn them into what runners, riders, rowers and swimmers read on their own watches:
// runs and walks as time per km or mile, rides as km/h or mph, swims per 100 m (per 100 yd for
// imperial users, as pools there are measured in yards), rows per 500 m (ergometers show it in
// metres everywhere). Null whenever the session has no usable time or distance.
import { fromKm, round, type DistanceUnit } from './units';

const M_PER_YD = 0.9144;

const usable = (v: number | null | undefined): v is number => v != null && Number.isFinite(v) && v > 0;

/** '5:07', '1:02:03' for whole seconds (rounded first, so 59.6 s never shows as ':60'). */
export function clockText(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Seconds per km or per mile; null without time or distance. */
export function paceSeconds(minutes: number | null | undefined, distanceKm: number | null | undefined, unit: DistanceUnit): number | null {
  if (!usable(minutes) || !usable(distanceKm)) return null;
  return (minutes * 60) / fromKm(distanceKm, unit);
}

/** '6:00 /km', '9:39 /mi'; null without time or distance. */
export function paceText(minutes: number | null | undefined, distanceKm: number | null | undefined, unit: DistanceUnit): string | null {
  const s = paceSeconds(minutes, distanceKm, unit);
  return s == null ? null : `${clockText(s)} /${unit}`;
}

/** '24.0 km/h', '14.9 mph' (one decimal); null without time or distance. */
export function speedText(minutes: number | null | undefined, distanceKm: number | null | undefined, unit: DistanceUnit): string | null {
  if (!usable(minutes) || !usable(distanceKm)) return null;
  const v = round(fromKm(distanceKm, unit) / (minutes / 60), 1).toFixed(1);
  return unit === 'km' ? `${v} km/h` : `${v} mph`;
}

/** The rate a session of this modality is read in: speed for rides, per 100 m/yd for swims, per 500 m for rows, otherwise pace. */
export function enduranceRate(modality: string | null | undefined, minutes: number | null | undefined, distanceKm: number | null | undefined, unit: DistanceUnit): string | null {
  if (!usable(minutes) || !usable(distanceKm)) return null;
  const perMetres = (metres: number, label: string): string => `${clockText((minutes * 60 * metres) / (distanceKm * 1000))} /${label}`;
  switch (modality) {
    case 'ride':
      return speedText(minutes, distanceKm, unit);
    case 'swim':
      return unit === 'km' ? perMetres(100, '100 m') : perMetres(100 * M_PER_YD, '100 yd');
    case 'row':
      return perMetres(500, '500 m');
    default:
      return paceText(minutes, distanceKm, unit);
  }
}
