// Types for scripts/dist-native.mjs (plain JS: electron-builder loads it as a hook).
export interface NativeBindingCheck {
  root: string;
  electronVersion: string;
  platform: string;
  arch: string;
  hostPlatform: string;
  hostArch: string;
  exists(path: string): boolean;
}
export function nativeBindingProblem(check: NativeBindingCheck): string | null;
export function beforePack(context: { packager: { info: { framework: { version: string } } }; electronPlatformName: string; arch: number }): Promise<void>;
