import type { Migration } from './migration';
import { energyTriggersV4 } from './004_energy';

// The expenditure filter's states now live in the per-day read model's cache in memory
// (core/daily/cache.ts): a read never writes. Migration 4's checkpoint table and the triggers that
// kept it fresh go.
export const migration006EnergyCache: Migration = {
  version: 6,
  name: 'energy-cache',
  up(db) {
    for (const t of energyTriggersV4()) db.exec(`DROP TRIGGER IF EXISTS ${t.name}`);
    db.exec('DROP TABLE IF EXISTS energy_checkpoint');
  },
};
