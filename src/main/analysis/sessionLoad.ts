// Session-RPE load (Foster 2001, J Strength Cond Res 15:109; science.md §5): CR-10 RPE × minutes, in
// arbitrary units (AU). A day's load is the sum of its sessions.
import { kindFamily, type KindFamily } from '../../shared/training';

export function sessionLoadAU(rpe: number, minutes: number): number {
  return rpe * minutes;
}

interface LoadedSession {
  kind: string;
  rpe: number;
  minutes: number;
  planned: boolean;
}

interface LoadSplit {
  /** Completed sessions only: what the body actually took. */
  loadAU: number;
  /** Sessions still planned. */
  plannedLoadAU: number;
  /** Completed load by session kind, and by family (strength, endurance, other). */
  byKind: Record<string, number>;
  byFamily: Record<KindFamily, number>;
}

export function splitLoad(sessions: LoadedSession[]): LoadSplit {
  const out: LoadSplit = { loadAU: 0, plannedLoadAU: 0, byKind: {}, byFamily: { strength: 0, endurance: 0, other: 0 } };
  for (const s of sessions) {
    const load = sessionLoadAU(s.rpe, s.minutes);
    if (s.planned) {
      out.plannedLoadAU += load;
      continue;
    }
    out.loadAU += load;
    out.byKind[s.kind] = (out.byKind[s.kind] ?? 0) + load;
    out.byFamily[kindFamily(s.kind)] += load;
  }
  return out;
}
