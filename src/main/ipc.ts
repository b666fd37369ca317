import { methodNames, type Result } from '../shared/contract';
import type { CoreContext } from './core/context';
import { dispatch } from './core/dispatch';
import { originOf } from './desktop/policy';

/** The parts of Electron's IPC this module needs, so it can be tested with fakes and no Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => unknown): void;
  removeHandler(channel: string): void;
}
/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  url: string;
  parent: unknown;
  processId?: number;
  routingId?: number;
}
export interface IpcEventLike {
  senderFrame: FrameLike | null;
  sender?: { mainFrame?: FrameLike };
}

export const channelFor = (method: string): string => `rpc:${method}`;

const sameFrame = (a: FrameLike, b: FrameLike): boolean =>
  a === b || (a.processId !== undefined && a.routingId !== undefined && a.processId === b.processId && a.routingId === b.routingId);

/**
 * True only for the app's own top-level frame showing a page from the app's own origin
 * (app://hybrid-planner, or the dev server in development). A subframe, a frame that navigated
 * elsewhere, or a destroyed frame (senderFrame null) is refused.
 */
export function isTrustedSender(event: IpcEventLike, appOrigins: string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const main = event.sender?.mainFrame;
  if (main && !sameFrame(main, frame)) return false;
  const origin = originOf(frame.url);
  return origin !== null && appOrigins.includes(origin);
}

export const FORBIDDEN: Result<never> = { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the app window.' } };

/** One handler per contract method, each behind the sender check and the one dispatch. */
export function registerIpc(ipcMain: IpcMainLike, ctx: CoreContext, appOrigins: string[]): () => void {
  for (const m of methodNames) {
    ipcMain.handle(channelFor(m), (event, input): Result<unknown> => (isTrustedSender(event, appOrigins) ? dispatch(ctx, m, input) : FORBIDDEN));
  }
  return () => methodNames.forEach((m) => ipcMain.removeHandler(channelFor(m)));
}
