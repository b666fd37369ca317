import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { ErrorCode } from '../../shared/contract';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { EXPORT_FILE, exportFolder } from '../core/exports/create';
import { CSP, mimeOf, resolveStaticFile } from './staticFiles';
import { receiveUpload } from './upload';

export const MAX_BODY_BYTES = 1_048_576;
/** Open connections at most; one more is answered 503 and closed (idle sockets cannot exhaust file descriptors). */
export const MAX_CONNECTIONS = 64;
/** A client gets this long to send its headers, and its whole request; an idle keep-alive socket closes sooner. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;


export interface BrowserServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  ctx: CoreContext;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

const STATUS_FOR_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  forbidden: 403,
  needs_confirmation: 409,
  conflict: 409,
  not_found: 404,
  unknown_method: 404,
  db_too_new: 500,
  busy: 503,
  read_only: 403,
  disk_full: 507,
  foreign_file: 409,
  damaged: 500,
  internal: 500,
};

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(json);
}

// Refusals close the connection: the client may still be sending a body we will not read.
const fail = (res: ServerResponse, status: number, code: string, message: string) =>
  send(res, status, { ok: false, error: { code, message } }, { Connection: 'close' });

function sameSecret(given: string, want: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  return !!header && header.startsWith('Bearer ') && sameSecret(header.slice(7), token);
}

/** The page's session cookie, named per port: cookies are shared by every port of 127.0.0.1. */
const cookieName = (port: number): string => `hp_session_${port}`;

function cookieMatches(header: string | undefined, name: string, secret: string): boolean {
  if (!header) return false;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name && sameSecret(part.slice(eq + 1).trim(), secret)) return true;
  }
  return false;
}

function serveStatic(staticDir: string, urlPath: string, res: ServerResponse, method: string): void {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveStaticFile(staticDir, urlPath);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const html = extname(file) === '.html';
  res.writeHead(200, {
    'Content-Type': mimeOf(file),
    'Content-Length': statSync(file).size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': html ? 'no-store' : 'public, max-age=3600',
    ...(html ? { 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' } : {}),
  });
  if (method === 'HEAD') res.end();
  else {
    // The file can vanish between the stat and the read (a rebuild): end the reply, keep the server.
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}

/**
 * An export the app wrote next to the database, for the browser to save: GET with the token (as a
 * header, never in the URL), only files of the exports folder by their exact generated name.
 */
function serveDownload(req: IncomingMessage, res: ServerResponse, rawName: string, authorized: boolean, dbPath: string): void {
  if (!authorized) return fail(res, 401, 'unauthorized', 'Missing or wrong token.');
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return fail(res, 405, 'method_not_allowed', 'Downloads are GET.');
  }
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    return fail(res, 400, 'bad_request', 'The file name is not valid.');
  }
  const file = join(exportFolder(dbPath), name);
  if (!EXPORT_FILE.test(name) || !existsSync(file)) return fail(res, 404, 'not_found', 'No such export.');
  res.writeHead(200, {
    'Content-Type': name.endsWith('.zip') ? 'application/zip' : 'application/json; charset=utf-8',
    'Content-Length': statSync(file).size,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

const BUSY_RESPONSE =
  'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n' +
  `Content-Length: ${Buffer.byteLength('{"ok":false,"error":{"code":"busy","message":"Too many open connections; try again."}}')}\r\n\r\n` +
  '{"ok":false,"error":{"code":"busy","message":"Too many open connections; try again."}}';

/**
 * Browser mode: the renderer and the contract over loopback HTTP, for browsers, e2e tests and
 * scripts. Listens on 127.0.0.1 only; every call needs the per-launch token.
 */
export function startServer(opts: ServeOptions): Promise<BrowserServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  // The page trades the URL's token for this HttpOnly, SameSite=Strict cookie, so a reload or the URL
  // pasted again keeps working while no script (and no other site) can read or send it.
  const sessionSecret = randomBytes(32).toString('base64url');
  let port = 0;
  /**
   * The token as Bearer (scripts, and the page while it holds it), or the page's cookie on a request
   * that says it comes from our page: Origin on a POST, Sec-Fetch-Site on a GET (browsers send no Origin
   * on a same-origin GET). Other 127.0.0.1 ports are the same *site*, so SameSite alone is not enough.
   */
  const authorized = (req: IncomingMessage): boolean => {
    if (tokenMatches(req.headers.authorization, token)) return true;
    const origin = req.headers.origin;
    const ours = origin === undefined ? req.headers['sec-fetch-site'] === 'same-origin' : origin === `http://127.0.0.1:${port}`;
    return ours && cookieMatches(req.headers.cookie, cookieName(port), sessionSecret);
  };
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    // DNS rebinding: only our exact loopback authority, on every request.
    if (req.headers.host !== `127.0.0.1:${port}`) return fail(res, 421, 'misdirected', 'Unexpected Host header.');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return fail(res, 400, 'bad_request', 'The request target is not a valid path.');
    }
    if (url.pathname === '/session') {
      if (!tokenMatches(req.headers.authorization, token)) return fail(res, 401, 'unauthorized', 'Missing or wrong token.');
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return fail(res, 405, 'method_not_allowed', 'POST the token to start a session.');
      }
      return send(res, 200, { ok: true, value: null }, { 'Set-Cookie': `${cookieName(port)}=${sessionSecret}; HttpOnly; SameSite=Strict; Path=/` });
    }
    if (url.pathname.startsWith('/download/')) return serveDownload(req, res, url.pathname.slice('/download/'.length), authorized(req), opts.ctx.dbPath);
    if (!url.pathname.startsWith('/rpc/') && url.pathname !== '/upload') return serveStatic(opts.staticDir, url.pathname, res, req.method ?? 'GET');

    const origin = req.headers.origin;
    if (!authorized(req)) return fail(res, 401, 'unauthorized', 'Missing or wrong token.');
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) return fail(res, 403, 'forbidden', 'Calls from other origins are refused.');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return fail(res, 405, 'method_not_allowed', 'Calls are POST with a JSON body.');
    }
    if (url.pathname === '/upload') return receiveUpload(req, url, (status, body) => send(res, status, body));
    const name = url.pathname.slice('/rpc/'.length);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return fail(res, 413, 'too_large', `Request body over ${MAX_BODY_BYTES} bytes.`);
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return fail(res, 415, 'unsupported_media_type', 'Calls need Content-Type: application/json.');

    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on('data', (c: Buffer) => {
      if (aborted) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        // Answer first; destroying the socket here could cut the 413 off before it is sent.
        aborted = true;
        chunks.length = 0;
        fail(res, 413, 'too_large', `Request body over ${MAX_BODY_BYTES} bytes.`);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (aborted) return;
      let input: unknown;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        input = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        return fail(res, 415, 'unsupported_media_type', 'The body is not valid JSON.');
      }
      const result = dispatch(opts.ctx, name, input);
      send(res, result.ok ? 200 : (STATUS_FOR_CODE[result.error.code] ?? 400), result);
    });
  };
  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS }, (req, res) => {
    // One boundary around every request: nothing a client sends may take the server down.
    try {
      handle(req, res);
    } catch (err) {
      if (process.env.HYBRID_PLANNER_QUIET !== '1') console.error('[hybrid-planner] request failed:', err);
      if (!res.headersSent) fail(res, 400, 'bad_request', 'The request could not be handled.');
      else res.destroy();
    }
  });
  // A malformed request line or header never reaches the handler: answer 400 and close.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  let open = 0;
  server.on('connection', (socket) => {
    open++;
    socket.once('close', () => open--);
    if (open > MAX_CONNECTIONS) socket.end(BUSY_RESPONSE);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
