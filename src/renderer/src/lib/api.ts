// The renderer's one client for the contract. The transport is picked once at start: Electron's
// preload bridge when present, else browser mode's loopback HTTP (the URL fragment's token traded for
// a session cookie). Stores call `call(...)` and never know which one is in use.
import type { ApiErrorShape, Input, MethodName, Output, Result } from '../../../shared/contract';

export class ApiError extends Error {
  readonly code: string;
  readonly field?: string;
  constructor(e: ApiErrorShape) {
    super(e.message);
    this.code = e.code;
    this.field = e.field;
  }
}

type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    hybridPlanner?: Record<string, (input: unknown) => Promise<Result<unknown>>>;
    hybridPlannerFiles?: { pathForFile(file: File): string };
  }
}

function ipcTransport(bridge: NonNullable<Window['hybridPlanner']>): Transport {
  return (method, input) => {
    const fn = bridge[method];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `Unknown method ${method}` } });
    return fn(input);
  };
}

/**
 * Browser mode. The URL's token is traded once for an HttpOnly, SameSite=Strict session cookie (so a
 * reload, or the URL pasted again into the same tab, keeps working) and then kept in memory only;
 * calls carry the cookie, and the token too while this page has it.
 */
function httpTransport(): Transport {
  let token: string | null = null;
  let session: Promise<unknown> = Promise.resolve();
  const adopt = (): void => {
    const fresh = takeToken();
    if (!fresh) return;
    token = fresh;
    session = fetch('/session', { method: 'POST', headers: { Authorization: `Bearer ${fresh}` }, credentials: 'same-origin' }).catch(() => undefined);
  };
  adopt();
  // Pasting the printed URL into a tab already on the app changes only the fragment: no reload.
  window.addEventListener('hashchange', adopt);
  return async (method, input) => {
    await session;
    const res = await fetch(`/rpc/${method}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    if (res.status === 401) {
      return { ok: false, error: { code: 'unauthorized' as never, message: 'Not connected: open the URL printed by "hybrid-planner serve" (or npm start).' } };
    }
    try {
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${res.status}.` } };
    }
  };
}

function takeToken(): string | null {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!m) return null;
  const token = decodeURIComponent(m[1]);
  // Drop the token from the address bar and history (it stays in memory only); keep a screen named
  // beside it ('#/weight&token=…' opens the Weight screen).
  const rest = location.hash.replace(/(?:^#|&)token=[^&]*/, '').replace(/^&/, '');
  history.replaceState(null, '', location.pathname + location.search + (rest && rest !== '#' ? (rest.startsWith('#') ? rest : `#${rest}`) : ''));
  return token;
}

function pickTransport(): { transport: Transport; kind: 'electron' | 'browser' } {
  if (window.hybridPlanner) return { transport: ipcTransport(window.hybridPlanner), kind: 'electron' };
  return { transport: httpTransport(), kind: 'browser' };
}

const picked = pickTransport();
export const transportKind = picked.kind;

/**
 * Saves a file browser mode serves (an export) through the browser's download, with the token as a
 * header (never in a URL). Returns false where there is nothing to download from (the desktop app
 * writes the file next to the database and says where).
 */
export async function download(path: string, fileName: string): Promise<boolean> {
  if (picked.kind !== 'browser') return false;
  // The page's session cookie authorises it (same origin only).
  const res = await fetch(path, { credentials: 'same-origin' });
  if (!res.ok) throw new ApiError({ code: 'not_found', message: `The download failed (${res.status}); the file is still next to the database.` });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

const succeeded = new Set<(method: MethodName) => void>();

/** Runs `listener` after every successful call (app-wide state notices writes made by any view). */
export function onCallSucceeded(listener: (method: MethodName) => void): () => void {
  succeeded.add(listener);
  return () => succeeded.delete(listener);
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const r = await picked.transport(method, input);
  if (!r.ok) throw new ApiError(r.error);
  for (const listener of succeeded) listener(method);
  return r.value as Output<M>;
}

/**
 * Where the core can read a file the user picked: its path in the desktop app; in browser mode the
 * bytes are sent to the server, which keeps them in a temporary file and answers an upload id.
 */
export async function fileSource(file: File): Promise<{ path: string } | { uploadId: string }> {
  const path = window.hybridPlannerFiles?.pathForFile(file);
  if (path) return { path };
  // The page's session cookie authorises the upload, as it does calls.
  const res = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  const r = (await res.json().catch(() => ({ ok: false, error: { code: 'internal', message: `The server answered ${res.status}.` } }))) as Result<{ uploadId: string }>;
  if (!r.ok) throw new ApiError(r.error);
  return { uploadId: r.value.uploadId };
}
