import type { BenchSuite } from './types';
import { coreSuite } from './core';
import { rendererSuite } from './renderer';
import { trainingSuite } from './training';
import { energySuite } from './energy';
import { foodBench } from './food';
import { seedFoodSuite } from './seed-food';
import { seedTrainingSuite } from './seed-training';
import { reviewSuite } from './review';
import { importsSuite } from './imports';
import { streamsSuite } from './streams';
// Each domain adds its suite with one import here and one entry below, e.g.
//   import { foodSuite } from './food';

/**
 * Every suite `npm run bench` runs, in order. All `seed` hooks run first (on the shared 10-year
 * database), then every `run`. The renderer suite stays last so it paints the fully seeded database.
 */
export const suites: BenchSuite[] = [
  seedFoodSuite,
  seedTrainingSuite,
  coreSuite,
  foodBench,
  trainingSuite,
  energySuite,
  reviewSuite,
  importsSuite,
  streamsSuite,
  rendererSuite,
];
