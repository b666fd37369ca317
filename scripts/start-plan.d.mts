// Types for scripts/start-plan.mjs (plain JS so `npm start` runs before anything is built).
export interface FsProbe {
  root: string;
  env: Record<string, string | undefined>;
  platform: string;
  exists(path: string): boolean;
  readText(path: string): string;
}
export type ElectronBinary = { present: true; path: string } | { present: false; reason: string };
export type StartPlan =
  | { mode: 'browser'; notice: string }
  | { mode: 'electron'; executable: string; version: string; nativeBinding: string; buildNative: boolean };
export interface Command {
  command: string;
  args: string[];
}
export function electronExecutableName(platform: string): string;
export function findElectronBinary(probe: FsProbe): ElectronBinary;
export function electronVersion(probe: Pick<FsProbe, 'root' | 'readText'>): string;
export function nativeBindingPath(root: string, version: string): string;
export function planStart(probe: FsProbe): StartPlan;
export function nodeGypCommand(opts: { env: Record<string, string | undefined>; execPath: string; exists(path: string): boolean }): Command;
export function nativeBuildStep(opts: {
  root: string;
  version: string;
  arch: string;
  env: Record<string, string | undefined>;
  gyp: Command;
}): Command & { cwd: string; env: Record<string, string | undefined>; output: string };
export const BETTER_SQLITE3_BUILD_FILES: string[];
export const BUILD_INPUTS: string[];
export function fingerprintOf(entries: { path: string; size: number; mtimeMs: number }[], hash: (text: string) => string): string;
export interface BuildStamp {
  fingerprint: string;
  files: string[];
}
export function installPlan(built: string[], stamp: BuildStamp | null, present: string[]): { copy: string[]; prune: string[] };
