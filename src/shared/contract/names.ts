// The method names alone, without zod, for the sandboxed preload (which cannot load packages).
// A unit test checks this list equals the contract's keys.
export const methodNames = [
  'app.info',
  'demo.load',
  'profile.get',
  'profile.set',
  'weight.add',
  'weight.update',
  'weight.delete',
  'weight.list',
  'weight.trend',
  'report.get',
  'energy.dashboard',
] as const;
