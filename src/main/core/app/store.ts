// The app domain's reads: whether the database holds anything the user entered, asked of each domain.
import type Database from 'better-sqlite3';
import { hasAnyEntry } from '../diary/store';
import { hasUserFoods } from '../food/store/foods';
import { hasProfile } from '../profile/store';
import { hasAnyNight } from '../sleep/store';
import { hasAnySession } from '../training/store/sessions';
import { hasAnyWeighIn } from '../weight/store';

/** Nothing the user entered: the demo must never be mixed into real data. */
export function isEmpty(db: Database.Database): boolean {
  return !hasProfile(db) && !hasAnyWeighIn(db) && !hasAnyEntry(db) && !hasUserFoods(db) && !hasAnySession(db) && !hasAnyNight(db);
}
