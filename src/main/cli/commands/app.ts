import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { call } from '../call';
import { AppError } from '../../errors';
import { int } from '../args';
import type { Command } from '../types';

/** The built renderer: next to the bundled CLI (out/main → out/renderer), or HYBRID_PLANNER_STATIC. */
export function rendererDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HYBRID_PLANNER_STATIC) return env.HYBRID_PLANNER_STATIC;
  const candidates = [resolve(__dirname, '../renderer'), resolve(__dirname, '../../../out/renderer'), resolve(process.cwd(), 'out/renderer')];
  return candidates.find((d) => existsSync(resolve(d, 'index.html'))) ?? candidates[0];
}

export const appCommands: Command[] = [
  {
    path: ['demo'],
    summary: 'Fill an empty database with a realistic 12-week history ending today.',
    usage: 'demo [--db FILE]',
    options: {},
    run({ ctx, print }) {
      const r = call(ctx, 'demo.load', {});
      print(r, () => `Demo data loaded: ${r.days} days, ${r.from} → ${r.to}, into ${ctx.dbPath}`);
    },
  },
  {
    path: ['serve'],
    summary: 'Browser mode: serve the app on 127.0.0.1 and print its URL.',
    usage: 'serve [--port N] [--open]',
    options: { port: { type: 'string' }, open: { type: 'boolean' } },
    async run({ ctx, values, io, json }) {
      const port = int(values, 'port') ?? 0;
      if (port < 0 || port > 65535) throw new AppError('invalid_input', `--port must be between 0 and 65535 (0 picks a free port); got ${port}.`, 'port');
      const staticDir = rendererDir(io.env);
      if (!existsSync(resolve(staticDir, 'index.html'))) {
        io.err(`The renderer is not built (${staticDir}/index.html is missing). Run: npm run build`);
        return 1;
      }
      const [{ startServer }, { startRollingBackups }] = await Promise.all([import('../../server/http'), import('../../core/backup/rolling')]);
      const s = await startServer({ ctx, staticDir, port });
      if (json) io.out(JSON.stringify({ url: s.url, port: s.port, dbPath: ctx.dbPath }));
      else io.out(`Hybrid Planner (browser mode) is running. Open:\n  ${s.url}\nDatabase: ${ctx.dbPath}\nPress Ctrl+C to stop.`);
      if (values.open === true) {
        const { openerFor } = await import('../../server/open');
        const opener = openerFor(s.url, process.platform, io.env);
        if (!opener) io.err('No display to open a browser on: open the URL above yourself.');
        else {
          const { spawn } = await import('node:child_process');
          // Detached and unwaited: the browser outlives nothing of ours, and a missing opener is only a notice.
          const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
          child.on('error', () => io.err(`Could not start ${opener.command}: open the URL above yourself.`));
          child.unref();
        }
      }
      const stopBackups = startRollingBackups(ctx);
      await new Promise<void>((r) => {
        const stop = () => {
          stopBackups();
          // A restore replaced the connection run() opened; close the one in use.
          void s.close().then(() => {
            ctx.db.close();
            r();
          });
          // Keep-alive sockets would hold close(); end them.
          s.server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    },
  },
];
