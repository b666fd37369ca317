import type { CoreContext } from '../../src/main/core/context';
import type { SyntheticHistory } from './synthetic';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Human target, e.g. '≤ 50 ms'. */
  target: string;
  /** Whether the value meets the target (undefined when the figure has no target). */
  ok?: boolean;
}

export interface BenchEnv {
  /** A scratch folder for this run's databases. */
  dir: string;
  /** A database path holding the deterministic synthetic 10-year history (built once, shared). */
  tenYearDb: string;
  /** Fixed "today" of the synthetic history. */
  today: string;
  /** The story behind the 10-year database (scripts/bench/synthetic.ts). */
  history: SyntheticHistory;
  /** Opens a context on a database file. */
  open(path: string): CoreContext;
}

export interface BenchSuite {
  name: string;
  /**
   * Adds this domain's records to the shared 10-year database, from the same synthetic days, before
   * any suite runs (e.g. meals from `intakeKcal`, sessions, sleep). Optional.
   */
  seed?(ctx: CoreContext, history: SyntheticHistory): void;
  run(env: BenchEnv): Promise<Figure[]> | Figure[];
}
