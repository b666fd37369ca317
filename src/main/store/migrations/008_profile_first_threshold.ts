import type { Migration } from './migration';

// The first threshold heart rate (LT1/VT1: the top of easy, conversational effort), where Zone 2 ends.
// The existing hr_threshold is the second threshold (a hard 30-minute average), which sits above it.
export const migration008ProfileFirstThreshold: Migration = {
  version: 8,
  name: 'profile-first-threshold',
  up(db) {
    db.exec('ALTER TABLE profile ADD COLUMN hr_lt1 INTEGER');
  },
};
