import { methodNames, type Result } from '../shared/contract';
import type { CoreContext } from './core/context';
import { dispatch } from './core/dispatch';

/** The parts of Electron's IPC this module needs, so it can be tested with fakes and no Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => unknown): void;
  removeHandler(channel: string): void;
}
export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
  sender?: { mainFrame?: unknown };
}

export const channelFor = (method: string): string => `rpc:${method}`;

/**
 * True only for the app's own top-level frame loaded from the app's own origin (file:// in
 * production, the dev server URL in development).
 */
export function isTrustedSender(event: IpcEventLike, appOrigins: string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (event.sender?.mainFrame !== undefined && event.sender.mainFrame !== frame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return appOrigins.some((o) => (o === 'file://' ? url.protocol === 'file:' : url.origin === o));
}

/** One handler per contract method, each behind the sender check and the one dispatch. */
export function registerIpc(ipcMain: IpcMainLike, ctx: CoreContext, appOrigins: string[]): () => void {
  for (const m of methodNames) {
    ipcMain.handle(channelFor(m), (event, input): Result<unknown> => {
      if (!isTrustedSender(event, appOrigins)) {
        return { ok: false, error: { code: 'invalid_input', message: 'Calls are accepted only from the app window.' } };
      }
      return dispatch(ctx, m, input);
    });
  }
  return () => methodNames.forEach((m) => ipcMain.removeHandler(channelFor(m)));
}
