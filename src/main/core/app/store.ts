// The app domain's reads: whether the database holds anything the user entered.
import type Database from 'better-sqlite3';
import { statement } from '../../store/statements';
import { hasProfile } from '../profile/store';
import { hasAnyWeighIn } from '../weight/store';

/**
 * Rows of the food, diary, training and sleep domains, asked here until those domains export their
 * own "has any rows" reads. Built-in SR24 foods are not the user's: only other sources count.
 */
function hasOtherUserRows(db: Database.Database): boolean {
  const r = statement(
    db,
    `SELECT EXISTS(SELECT 1 FROM diary_entry) OR EXISTS(SELECT 1 FROM food WHERE source != 'usda-sr24')
        OR EXISTS(SELECT 1 FROM training_sessions) OR EXISTS(SELECT 1 FROM sleep_nights) AS n`,
  ).get() as { n: number };
  return r.n === 1;
}

/** Nothing the user entered: the demo must never be mixed into real data. */
export function isEmpty(db: Database.Database): boolean {
  return !hasProfile(db) && !hasAnyWeighIn(db) && !hasOtherUserRows(db);
}
