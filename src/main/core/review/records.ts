// The lift records the review counts, kept per connection until the next write. Finding a week's
// records means walking every working set before it (ten years: about 19,000 sets, most of a week's
// review time), and the review is read week after week with nothing written in between.
import type Database from 'better-sqlite3';
import type { PrEvent } from '../../../shared/contract/training';
import { changeFeed, type ChangeFeed } from '../changes';
import { records, roundPr } from '../training/records';

interface Kept {
  feed: ChangeFeed;
  events: PrEvent[];
}

const kept = new WeakMap<Database.Database, Kept>();

/** Records that beat an earlier one, oldest first, rounded as shown (a lift's first session sets its first records: not counted). */
function beaten(db: Database.Database): PrEvent[] {
  return records(db)
    .events.filter((e) => e.previous !== null)
    .map(roundPr)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.exercise.localeCompare(b.exercise)));
}

/** The records set from `from` to `to`. Any change of days (a set, a session, a weigh-in moving a bodyweight lift) walks the sets again. */
export function recordsBetween(db: Database.Database, from: string, to: string): PrEvent[] {
  let k = kept.get(db);
  if (!k) kept.set(db, (k = { feed: changeFeed(db), events: beaten(db) }));
  else {
    const c = k.feed.take();
    if (c.all || c.dates.size > 0) k.events = beaten(db);
  }
  return k.events.filter((e) => e.date >= from && e.date <= to);
}
