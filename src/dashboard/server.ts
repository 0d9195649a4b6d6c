/**
 * The built-in web dashboard: a small HTTP server (node:http, no framework) that serves the
 * static page in dashboards/web/ and a JSON API running only the canned queries:
 *
 *   GET /                       index.html (plain HTML/JS/SVG, no build step, no CDN)
 *   GET /app.js, /sweep.js, /style.css  the page's scripts and styles (a fixed list: no path lookup)
 *   GET /api/queries            the canned queries and their parameters
 *   GET /api/query/NAME?k=v     one canned query; parameters validated by the store
 *
 * Bad parameters answer 400 with the store's message; engine failures 502. Everything else is
 * 404/405. Listens on 127.0.0.1 unless told otherwise.
 *
 * Who may ask: a web page elsewhere can point its own host name at 127.0.0.1 (DNS rebinding) and
 * read the results, so without a token only requests whose `Host:` is a loopback name or the
 * `host` bound to are answered (421 otherwise). With a token (required for non-loopback binds,
 * where the machine's names are not known) every request must carry it: `?token=` once (which
 * sets an HttpOnly SameSite=Strict cookie for the page's own requests), the cookie, or
 * `Authorization: Bearer`. A rebinding page has neither.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ReplayError, errorMessage, isReplayError } from '../errors.js';
import { defaultDashboardsDir, loadCannedQueries } from '../store/index.js';
import type { ResultStore } from '../store/index.js';

export interface DashboardServerOptions {
  readonly store: ResultStore;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** 0 picks a free port. @default 8087 */
  readonly port?: number;
  /** Folder holding index.html, app.js, style.css. @default the package's dashboards/web */
  readonly webDir?: string;
  /**
   * Every request must carry this token; required when `host` is not a loopback address.
   * @default none (loopback binds only)
   */
  readonly token?: string;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True for addresses only this machine can reach (127/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return LOOPBACK_NAMES.has(h) || /^127\.\d+\.\d+\.\d+$/.test(h) || h.endsWith('.localhost');
}

/** The host name of a `Host:` header value (`name:port`, `[v6]:port`), lower case. */
function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.indexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

const COOKIE = 'faultreplay_token';

function tokenOf(
  req: IncomingMessage,
  url: URL,
): { token: string | undefined; fromQuery: boolean } {
  const q = url.searchParams.get('token');
  if (q !== null) return { token: q, fromQuery: true };
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ') === true) return { token: auth.slice(7), fromQuery: false };
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v !== undefined) return { token: v, fromQuery: false };
  }
  return { token: undefined, fromQuery: false };
}

const sameToken = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export interface DashboardServer {
  /** e.g. http://127.0.0.1:8087/ */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

const STATIC: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/sweep.js': { file: 'sweep.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(body);
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
};

export async function startDashboardServer(opts: DashboardServerOptions): Promise<DashboardServer> {
  const webDir = opts.webDir ?? join(defaultDashboardsDir(), 'web');
  const queries = loadCannedQueries();
  const catalogue = [...queries.values()].map((q) => ({
    name: q.name,
    description: q.description,
    params: q.params.map((p) => ({ name: p.name, type: p.type, default: p.default ?? null })),
  }));

  const host = opts.host ?? '127.0.0.1';
  const token = opts.token;
  if (token === undefined && !isLoopbackHost(host)) {
    throw new ReplayError('RPL_CONFIG', `listening on ${host} needs a token (--token)`);
  }
  if (token?.length === 0 || (token !== undefined && !/^[\x21-\x7e]+$/.test(token))) {
    throw new ReplayError('RPL_CONFIG', 'the dashboard token must be printable ASCII, no spaces');
  }

  /** Host check and token check; answers and returns false when the request may not proceed. */
  function admitted(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (token === undefined) {
      const name = hostName(req.headers.host ?? '');
      if (!isLoopbackHost(name) && name !== host.toLowerCase()) {
        json(res, 421, { error: 'this dashboard answers to loopback host names only' });
        return false;
      }
      return true;
    }
    const given = tokenOf(req, url);
    if (given.token === undefined || !sameToken(given.token, token)) {
      json(res, 401, { error: 'a token is required (?token=, or Authorization: Bearer)' });
      return false;
    }
    if (given.fromQuery) {
      res.setHeader('set-cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!admitted(req, res, url)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      json(res, 405, { error: 'only GET' });
      return;
    }
    const asset = STATIC[url.pathname];
    if (asset !== undefined) {
      send(res, 200, asset.type, readFileSync(join(webDir, asset.file)));
      return;
    }
    if (url.pathname === '/api/queries') {
      json(res, 200, catalogue);
      return;
    }
    const m = /^\/api\/query\/([a-z][a-z0-9-]*)$/.exec(url.pathname);
    if (m === null) {
      json(res, 404, { error: `no such resource: ${url.pathname}` });
      return;
    }
    const params: Record<string, string> = {};
    for (const [k, v] of url.searchParams) params[k] = v;
    try {
      const result = await opts.store.query(m[1]!, params);
      json(res, 200, result);
    } catch (e) {
      const input = isReplayError(e) && e.code === 'RPL_INPUT';
      json(res, input ? 400 : 502, { error: errorMessage(e) });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      json(res, 500, { error: errorMessage(e) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8087, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : (opts.port ?? 8087);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
