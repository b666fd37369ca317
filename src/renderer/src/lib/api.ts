// The renderer's one client for the contract. The transport is picked once at start: Electron's
// preload bridge when present, else browser mode's loopback HTTP with the token from the URL
// fragment (kept in memory only). Stores call `call(...)` and never know which one is in use.
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

function httpTransport(token: string): Transport {
  return async (method, input) => {
    const res = await fetch(`/rpc/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
    try {
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${res.status}.` } };
    }
  };
}

function readToken(): string | null {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!m) return null;
  const token = decodeURIComponent(m[1]);
  // Drop the token from the address bar and history; it stays in memory only.
  history.replaceState(null, '', location.pathname + location.search);
  return token;
}

let uploadToken: string | null = null;

function pickTransport(): { transport: Transport; kind: 'electron' | 'browser' | 'none' } {
  if (window.hybridPlanner) return { transport: ipcTransport(window.hybridPlanner), kind: 'electron' };
  const token = readToken();
  if (token) {
    uploadToken = token;
    return { transport: httpTransport(token), kind: 'browser' };
  }
  return {
    transport: async () => ({ ok: false, error: { code: 'unauthorized' as never, message: 'No access token: open the URL printed by "hybrid-planner serve".' } }),
    kind: 'none',
  };
}

const picked = pickTransport();
export const transportKind = picked.kind;

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
  if (!uploadToken) throw new ApiError({ code: 'invalid_input', message: 'No access token: open the URL printed by "hybrid-planner serve".' });
  const res = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${uploadToken}` },
    body: file,
  });
  const r = (await res.json().catch(() => ({ ok: false, error: { code: 'internal', message: `The server answered ${res.status}.` } }))) as Result<{ uploadId: string }>;
  if (!r.ok) throw new ApiError(r.error);
  return { uploadId: r.value.uploadId };
}
