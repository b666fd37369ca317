// The one way a write tells derived data what went stale: a domain's write says which calendar days
// it changed (or that everything may have), and every cache of derived data reads those changes from
// its own feed before it answers. Caches never look at tables to guess what changed.
//
// Writes by another connection (a CLI next to browser mode) are invisible to recordChange; SQLite's
// PRAGMA data_version tells a connection that someone else committed, and a feed then reports
// everything as changed.
import type Database from 'better-sqlite3';

/** What changed since a feed was last read: `all`, or exactly these days. */
export interface Changes {
  all: boolean;
  dates: ReadonlySet<string>;
}

const NOTHING: Changes = { all: false, dates: new Set() };

/** One consumer's view of the changes of one connection. */
export class ChangeFeed {
  private all = false;
  private dates = new Set<string>();
  private dataVersion: number;

  constructor(private readonly db: Database.Database) {
    this.dataVersion = currentDataVersion(db);
  }

  /** @internal called by recordChange */
  add(dates: Iterable<string> | 'all'): void {
    if (this.all) return;
    if (dates === 'all') {
      this.all = true;
      this.dates.clear();
    } else for (const d of dates) this.dates.add(d);
  }

  /** The changes since the last take (and clears them). */
  take(): Changes {
    const dv = currentDataVersion(this.db);
    if (dv !== this.dataVersion) {
      this.dataVersion = dv;
      this.add('all');
    }
    if (!this.all && this.dates.size === 0) return NOTHING;
    const out: Changes = { all: this.all, dates: this.dates };
    this.all = false;
    this.dates = new Set();
    return out;
  }
}

const feeds = new WeakMap<Database.Database, Set<ChangeFeed>>();

function currentDataVersion(db: Database.Database): number {
  return db.pragma('data_version', { simple: true }) as number;
}

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
 * date, …), or 'all' for a change that reaches every day (the profile, a rolled-back transaction).
 */
export function recordChange(db: Database.Database, dates: Iterable<string> | 'all'): void {
  const set = feeds.get(db);
  if (!set) return;
  const list = dates === 'all' ? 'all' : [...dates];
  for (const feed of set) feed.add(list);
}
