// The one way a write tells derived data what went stale: a domain's write says which calendar days
// it changed (or that everything may have), and every cache of derived data reads those changes from
// its own feed before it answers. Caches never look at tables to guess what changed.
//
// Writes by another connection (a CLI next to browser mode) are invisible to recordChange; SQLite's
// PRAGMA data_version tells a connection that someone else committed, and a feed then reports
// everything as changed.
import type Database from 'better-sqlite3';
import { dataVersion } from '../store/db';

/** What changed since a feed was last read: `all`, or exactly these days and/or the food catalogue. */
export interface Changes {
  all: boolean;
  dates: ReadonlySet<string>;
  /** Custom foods or recipes were added, renamed, changed or deleted (search and nutrient data). */
  foods: boolean;
}

/** What a write changed: days, the food catalogue, or everything. */
export type Change = Iterable<string> | 'foods' | 'all';

const NOTHING: Changes = { all: false, dates: new Set(), foods: false };

/** One consumer's view of the changes of one connection. */
export class ChangeFeed {
  private all = false;
  private dates = new Set<string>();
  private foods = false;
  private dataVersion: number;

  constructor(private readonly db: Database.Database) {
    this.dataVersion = dataVersion(db);
  }

  /** @internal called by recordChange */
  add(change: Change): void {
    if (this.all) return;
    if (change === 'all') {
      this.all = true;
      this.foods = true;
      this.dates.clear();
    } else if (change === 'foods') this.foods = true;
    else for (const d of change) this.dates.add(d);
  }

  /** The changes since the last take (and clears them). */
  take(): Changes {
    const dv = dataVersion(this.db);
    if (dv !== this.dataVersion) {
      this.dataVersion = dv;
      this.add('all');
    }
    if (!this.all && !this.foods && this.dates.size === 0) return NOTHING;
    const out: Changes = { all: this.all, dates: this.dates, foods: this.foods };
    this.all = false;
    this.foods = false;
    this.dates = new Set();
    return out;
  }
}

const feeds = new WeakMap<Database.Database, Set<ChangeFeed>>();

/** A new feed of this connection's changes, for one cache. */
export function changeFeed(db: Database.Database): ChangeFeed {
  const feed = new ChangeFeed(db);
  let set = feeds.get(db);
  if (!set) feeds.set(db, (set = new Set()));
  set.add(feed);
  return feed;
}

/**
 * Called by every write with the days it changed (a weigh-in's date, a diary entry's old and new
 * date, …), 'foods' for a change to the food catalogue, or 'all' for a change that reaches every day
 * (the profile, a rolled-back transaction).
 */
export function recordChange(db: Database.Database, change: Change): void {
  const set = feeds.get(db);
  if (!set) return;
  const c = change === 'all' || change === 'foods' ? change : [...change];
  for (const feed of set) feed.add(c);
}
