import type { Migration } from './migration';
import { migration001Core } from './001_core';
import { migration003Training } from './003_training';
import { migration002Food } from './002_food';
import { migration004Energy } from './004_energy';
import { migration005FoodSearch } from './005_food_search';
import { migration006EnergyCache } from './006_energy_cache';
import { migration007Identity } from './007_identity';
import { migration008ProfileFirstThreshold } from './008_profile_first_threshold';
import { migration009Imports } from './009_imports';
import { migration010Targets } from './010_targets';

// The type lives in its own module so the migrations need not import this list (no cycle).
export type { Migration } from './migration';

/**
 * Every schema version, in order. A migration is never edited once released: add a new one.
 * Versions are reserved per domain while the first release is built: 1 core, 2 food, 3 training,
 * 4 energy; later ones append (5: food search's FTS5 prefix indexes; 6: the energy checkpoint table
 * dropped, its states kept in memory; 7: the application id that marks our files).
 */
export const migrations: Migration[] = [
  migration001Core,
  migration002Food,
  migration003Training,
  migration004Energy,
  migration005FoodSearch,
  migration006EnergyCache,
  migration007Identity,
  migration008ProfileFirstThreshold,
  migration009Imports,
  migration010Targets,
];

export const LATEST_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));
