// The desktop window's security policy as plain functions (no Electron import), so it is
// unit-tested under Node. src/main/index.ts wires these into Electron.
import { CSP } from '../server/staticFiles';

/** The renderer is served from this privileged custom scheme instead of file://, so it has a real origin and a CSP header. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hybrid-planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Production CSP (also sent as a header by the app:// handler). */
export const DESKTOP_CSP = CSP;

/** electron-vite's dev server needs its websocket for hot reload; nothing else is loosened. */
export function devCsp(devUrl: string): string {
  const u = new URL(devUrl);
  return CSP.replace("connect-src 'self'", `connect-src 'self' ws://${u.host}`);
}

/** `scheme://host` of a URL, or null; WHATWG gives non-special schemes (app:) the opaque origin 'null', so compare this instead. */
export function originOf(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/** The only origins the app's own pages come from: app:// and, in development, the dev server. */
export function appOrigins(devUrl: string | undefined): string[] {
  const dev = devUrl ? originOf(devUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/** The id the contract bridge (the preload) is registered under on the app's session. */
export const BRIDGE_PRELOAD_ID = 'hybrid-planner-bridge';

/**
 * Where the bridge runs: documents of the app's own origins only (Electron match patterns; app: is
 * registered as a standard scheme, so it can be matched), so no other page ever gets the contract.
 */
export function bridgeMatches(devUrl: string | undefined): string[] {
  return appOrigins(devUrl).map((origin) => `${origin}/*`);
}

/**
 * The dev server to load instead of the built renderer: only in an unpackaged app started with
 * HYBRID_PLANNER_DEV=1 (as in `HYBRID_PLANNER_DEV=1 npx electron-vite dev`), and only over loopback
 * HTTP. A stray ELECTRON_RENDERER_URL in the user's environment must not point the app, its IPC
 * and its CSP at a page someone else serves.
 */
export function developmentRendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || env.HYBRID_PLANNER_DEV !== '1' || !url) return undefined;
  try {
    const u = new URL(url);
    const loopback = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
    return (u.protocol === 'http:' || u.protocol === 'https:') && loopback && !u.username && !u.password ? url : undefined;
  } catch {
    return undefined;
  }
}
