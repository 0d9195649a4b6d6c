// `faultreplay run` (the built CLI) while its ClickHouse server is stopped in the middle of
// storing and started again (issue #15.6), on a private server of this test's own (its own
// port and data directory, started with scripts/services.sh: the shared server is never
// touched). The outage is placed without timing: the CLI talks to the server through a proxy
// in this process, which stops the server when it sees a chosen INSERT and holds that request
// until the server is down. The server is started again only once the CLI has printed a retry.
//
// - retried through: the run completes and stores exactly the rows of a clean run;
// - retry budget spent: "results not stored", and the half-stored run (its figures landed, its
//   runs row did not) is in no canned query and no `<table>_exact` view.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI } from '../helpers/built-cli.js';
import { RESULT_TABLES } from '../../src/store/index.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = BUILT_CLI;
const CAPTURE = join(repoRoot, 'test', 'fixtures', 'captures', 'ext4-small-steady.trace.gz');
const exec = promisify(execFile);
const haveServer = spawnSync('bash', ['-c', 'command -v clickhouse-server']).status === 0;
if (!haveServer) console.warn('test/e2e/run-store-outage: SKIPPED, no clickhouse-server binary');

/** A private server: scripts/services.sh on its own directory and port. */
function privateServer(dir: string, port: number) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FAULTREPLAY_SERVICES_DIR: dir,
    FAULTREPLAY_CLICKHOUSE_HTTP_PORT: String(port),
  };
  delete env['CLICKHOUSE_URL']; // else the script takes the server to be someone else's
  delete env['KAFKA_BROKERS'];
  const services = async (action: 'start' | 'stop'): Promise<void> => {
    await exec('bash', [join(repoRoot, 'scripts', 'services.sh'), action, 'clickhouse'], {
      cwd: repoRoot,
      env,
    });
  };
  return { start: () => services('start'), stop: () => services('stop') };
}

/** A port whose native companion (HTTP + 877, as services.sh lays them out) is free too. */
async function freePort(): Promise<number> {
  const listen = (p: number) =>
    new Promise<Server | undefined>((resolve) => {
      const s = createServer();
      s.once('error', () => {
        resolve(undefined);
      });
      s.listen(p, '127.0.0.1', () => {
        resolve(s);
      });
    });
  for (;;) {
    const a = await listen(0);
    const port = (a!.address() as { port: number }).port;
    const b = port + 877 < 65536 ? await listen(port + 877) : undefined;
    a!.close();
    b?.close();
    if (b !== undefined) return port;
  }
}

/**
 * A TCP proxy to the server. When armed with a pattern, the first client data matching it
 * (an INSERT's URL) is held, the server stopped, and that connection dropped: the CLI sees the
 * server go away in the middle of its store, at a point chosen by content, not by time.
 */
function outageProxy(upstreamPort: number, stopServer: () => Promise<void>) {
  let armed: RegExp | undefined;
  let outage: Promise<void> | undefined;
  const server = createServer((client: Socket) => {
    const upstream = connect(upstreamPort, '127.0.0.1');
    upstream.on('error', () => {
      client.destroy();
    });
    client.on('error', () => {
      upstream.destroy();
    });
    upstream.pipe(client);
    client.on('data', (chunk: Buffer) => {
      if (armed?.test(chunk.toString('latin1')) === true) {
        armed = undefined;
        client.pause();
        outage = stopServer().finally(() => {
          upstream.destroy();
          client.destroy();
        });
        return;
      }
      upstream.write(chunk);
    });
    client.on('end', () => {
      upstream.end();
    });
  });
  return {
    listen: () =>
      new Promise<number>((resolve) => {
        server.listen(0, '127.0.0.1', () => {
          resolve((server.address() as { port: number }).port);
        });
      }),
    /** Stop the server at the next request matching `re`. */
    arm: (re: RegExp) => {
      armed = re;
      outage = undefined;
    },
    /** Resolves once the armed outage has happened (the server is stopped). */
    outage: () => outage,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** `INSERT INTO <table>` as the client puts it in the URL (`+`, `%20` or a space). */
const insertInto = (table: string) =>
  new RegExp(`INSERT(\\+|%20| )INTO(\\+|%20| )${table}\\b`, 'i');

interface RunJson {
  runId: string;
  store: { stored: { runId: string }[]; error: string | null };
}

describe.skipIf(!haveServer)('faultreplay run, its ClickHouse server stopped mid-store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fr-outage-'));
  let port = 0;
  let server: ReturnType<typeof privateServer>;
  let proxy: ReturnType<typeof outageProxy>;
  let proxyUrl = '';

  /** One statement straight to the server, on a fresh connection. */
  const sql = (q: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const req = request(`http://127.0.0.1:${port}/`, { method: 'POST', agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          if (res.statusCode === 200) resolve(text.trim());
          else reject(new Error(`${q}: ${text}`));
        });
      });
      req.on('error', reject);
      req.end(q);
    });

  /** The CLI, asynchronously; `onStderr` sees stderr as it arrives. */
  const cli = (db: string, args: string[], onStderr: (all: string) => void = () => undefined) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        cwd: dir,
        env: { ...process.env, TZ: 'UTC', FAULTREPLAY_CLICKHOUSE_DATABASE: db },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        onStderr(stderr);
      });
      child.on('close', (code) => {
        resolve({ code: code ?? -1, stdout, stderr });
      });
    });

  /** Every row of every result table, store times aside, sorted: what a run stored. */
  const storedRows = async (db: string): Promise<Record<string, string[]>> => {
    const out: Record<string, string[]> = {};
    for (const t of RESULT_TABLES) {
      const text = await sql(`SELECT * FROM ${db}.${t} FINAL FORMAT JSONEachRow`);
      out[t] = text
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => {
          const row = JSON.parse(l) as Record<string, unknown>;
          delete row['stored_at_ms'];
          delete row['created_at_ms'];
          return JSON.stringify(row);
        })
        .sort();
    }
    return out;
  };

  beforeAll(async () => {
    port = await freePort();
    server = privateServer(dir, port);
    await server.start();
    proxy = outageProxy(port, () => server.stop());
    proxyUrl = `http://127.0.0.1:${await proxy.listen()}`;
  }, 300_000);

  afterAll(async () => {
    await proxy.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);

  it('retries through a restart with a progress line, and stores what a clean run stores', async () => {
    const clean = await cli('clean', ['run', '--json', CAPTURE, '--clickhouse', proxyUrl]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).not.toMatch(/store attempt/);

    // The first figure INSERT stops the server; it is started again after the first retry.
    proxy.arm(insertInto('policy_results'));
    let restart: Promise<void> | undefined;
    const cut = await cli(
      'restarted',
      ['run', '--json', '--store-retry', '600', CAPTURE, '--clickhouse', proxyUrl],
      (err) => {
        // Only a retry after the outage counts (an idle keep-alive socket may fail earlier).
        const outage = proxy.outage();
        if (restart === undefined && outage !== undefined && /store attempt \d+ failed/.test(err)) {
          restart = outage.then(() => server.start());
        }
      },
    );
    expect(restart, cut.stderr).toBeDefined();
    await restart;
    expect(cut.stderr).toMatch(
      /faultreplay run: store attempt 1 failed \(.+\); retrying in \d+ ms \([\d.]+ of 600 s retry budget used\)/,
    );
    expect(cut.code, cut.stderr).toBe(0);
    const a = JSON.parse(clean.stdout) as RunJson;
    const b = JSON.parse(cut.stdout) as RunJson;
    expect(b.runId).toBe(a.runId);
    expect(b.store).toMatchObject({ stored: [{ runId: a.runId }], error: null });

    const want = await storedRows('clean');
    expect(want['policy_results']!.length).toBeGreaterThan(0);
    expect(await storedRows('restarted')).toEqual(want);
  }, 600_000);

  it('a spent retry budget says "results not stored" and leaves the run in no query or view', async () => {
    // The server stops just before the runs row: every figure table is written, the run is not.
    proxy.arm(insertInto('runs'));
    const cut = await cli('spent', [
      'run',
      '--json',
      '--store-retry',
      '2',
      CAPTURE,
      '--clickhouse',
      proxyUrl,
    ]);
    expect(proxy.outage(), cut.stderr).toBeDefined();
    await proxy.outage();
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/store attempt 1 failed/);
    expect(cut.stderr).toMatch(/results not stored/);
    const { runId } = JSON.parse(cut.stdout) as RunJson;

    await server.start();
    expect(Number(await sql(`SELECT count() FROM spent.policy_results`))).toBeGreaterThan(0);
    expect(Number(await sql(`SELECT count() FROM spent.runs`))).toBe(0);
    for (const t of RESULT_TABLES) {
      const n = await sql(`SELECT count() FROM spent.${t}_exact WHERE run_id = '${runId}'`);
      expect({ t, n }).toEqual({ t, n: '0' });
    }
    const runs = await cli('spent', ['query', 'runs', '--json', '--clickhouse', proxyUrl]);
    expect(runs.code, runs.stderr).toBe(0);
    expect(JSON.parse(runs.stdout)).toEqual([]);
    const summary = await cli('spent', [
      'query',
      'summary',
      '--run',
      runId,
      '--json',
      '--clickhouse',
      proxyUrl,
    ]);
    expect(summary.code).toBe(1);
    expect(summary.stderr).toMatch(/no run/);
  }, 600_000);
});
