import type { CoreContext } from '../../src/main/core/context';

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
  /** Opens a context on a database file. */
  open(path: string): CoreContext;
}

export interface BenchSuite {
  name: string;
  run(env: BenchEnv): Promise<Figure[]> | Figure[];
}
