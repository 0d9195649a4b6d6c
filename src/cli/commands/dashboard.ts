/**
 * `faultreplay dashboard`: serves the built-in web dashboard over the result store until
 * interrupted. Prints the URL on stdout (one line, so scripts and tests can read it).
 */
import { randomBytes } from 'node:crypto';
import { isLoopbackHost, startDashboardServer } from '../../dashboard/index.js';
import { ReplayError, errorMessage, isReplayError } from '../../errors.js';
import { createPerUseResultStore, resolveStoreConfig } from '../../store/index.js';
import { openResultStore } from '../store-runs.js';
import { parseCommandLine, type CliIo, type Command } from '../command.js';

const USAGE = `Usage: faultreplay dashboard [--port N] [--host H [--token T]] [--store DIR | --clickhouse URL] [--config FILE]

Serves the web dashboard (run list; per run the policy comparison: fault and msync latency
histograms and CDFs, write amplification, journal commits, mtime staleness, the timeline) on
http://127.0.0.1:8087/ by default. --port 0 picks a free port. The page reads the store only
through the canned queries in dashboards/*.sql. Stop it with Ctrl-C.

On loopback it answers only requests whose Host: is a loopback name (or --host), which stops DNS
rebinding. A non-loopback --host needs a token: --token T, or a random one printed in the URL;
open the printed URL once and the page keeps it in a cookie.

Store selection as for 'faultreplay query' (FAULTREPLAY_CLICKHOUSE_URL etc. or the config file).
The embedded store is opened per request and closed after it, so 'faultreplay run' and 'query'
can use the same store while the dashboard runs (reload the page to see new runs).
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  token: { type: 'string' },
  store: { type: 'string' },
  clickhouse: { type: 'string' },
  config: { type: 'string' },
} as const;

export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'serve the web dashboard over the result store',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const v = parseCommandLine(
      { args: [...args], options: OPTIONS, allowPositionals: false, strict: true },
      USAGE,
    ).values;
    const port = v.port === undefined ? 8087 : Number(v.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new ReplayError('RPL_CONFIG', `--port must be 0..65535, got '${v.port}'`);
    }
    const config = resolveStoreConfig(
      { store: v.store, clickhouse: v.clickhouse, config: v.config },
      io.env,
      io.cwd,
      (m) => io.stderr.write(`warning: ${m}\n`),
    );
    const host = v.host ?? '127.0.0.1';
    const token = v.token ?? (isLoopbackHost(host) ? undefined : randomBytes(16).toString('hex'));
    // The embedded store is opened per request and closed after it, so that `run` and `query`
    // in other processes can use it while the dashboard is up; a server connection stays open.
    const store =
      config.kind === 'chdb'
        ? createPerUseResultStore({
            kind: 'chdb',
            location: config.path,
            open: () => openResultStore(config, io, 'dashboard'),
          })
        : await openResultStore(config, io, 'dashboard');
    if (config.kind === 'chdb') await store.migrate(); // fail now, not on the first request
    let server;
    try {
      server = await startDashboardServer({
        store,
        port,
        host,
        ...(token === undefined ? {} : { token }),
      });
    } catch (e) {
      await store.close();
      if (isReplayError(e)) throw e;
      throw new ReplayError(
        'RPL_CONFIG',
        `cannot listen on ${v.host ?? '127.0.0.1'}:${port}: ${errorMessage(e)}`,
      );
    }
    const shown = token === undefined ? server.url : `${server.url}?token=${token}`;
    io.stdout.write(`faultreplay dashboard: serving ${shown} (store: ${store.location})\n`);
    if (!isLoopbackHost(host)) {
      io.stderr.write(
        `faultreplay dashboard: listening on ${v.host ?? ''}: anyone who can reach this address and has the token can read the results\n`,
      );
    }
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    await store.close();
    return 0;
  },
};
