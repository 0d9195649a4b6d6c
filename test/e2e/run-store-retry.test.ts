// `faultreplay run` whose store fails after the figures landed and before the `runs` row (as a
// ClickHouse outage mid-store leaves it), then run again on the same capture and config: the
// built CLI, the bundled capture, the real ClickHouse server (issue #15.6). The first attempt's
// run must be in no query; the re-run must get the same run id and complete that run, once.
//
// The failure is made on the server, not in the CLI: the `runs` table gets an extra column, so
// the store refuses to write that one table (every figure table is written first, unchanged).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltCliRun, REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';

const CAPTURE = join(REPO_ROOT, 'test', 'fixtures', 'captures', 'ext4-small-steady.trace.gz');
const url = process.env['CLICKHOUSE_URL'];
if (url === undefined || url === '') {
  console.warn(
    'test/e2e/run-store-retry: SKIPPED, no ClickHouse server: CLICKHOUSE_URL is not set',
  );
}
const db = `fr_e2e_retry_${randomBytes(4).toString('hex')}`;

const cli = (cwd: string, ...args: string[]): BuiltCliRun =>
  runBuiltCli([...args, '--clickhouse', url!], cwd, { FAULTREPLAY_CLICKHOUSE_DATABASE: db });

/** One statement on a fresh connection: the server drops idle keep-alive sockets (3 s) while
 * the CLI runs, and a reused one would fail as "other side closed". */
function admin(sql: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url!, { method: 'POST', agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        if (res.statusCode === 200) resolve(text.trim());
        else reject(new Error(`${sql}: ${text}`));
      });
    });
    req.on('error', reject);
    req.end(sql);
  });
}

interface RunJson {
  runId: string;
  store: { stored: { runId: string }[]; error: string | null };
}

describe.skipIf(url === undefined || url === '')('run, store cut off, run again', () => {
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${db}`);
  });

  it('the re-run has the same run id and completes that run; the half run shows nowhere', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'run-retry-e2e-'));
    // Creates the database and tables (an empty store answers no runs).
    const empty = cli(cwd, 'query', 'runs', '--json');
    expect(empty.code, empty.stderr).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual([]);
    await admin(`ALTER TABLE ${db}.runs ADD COLUMN refused UInt8 DEFAULT 0`);

    const first = cli(cwd, 'run', '--json', CAPTURE);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/results not stored: .*refused/);
    const a = JSON.parse(first.stdout) as RunJson;
    expect(a.store.stored).toEqual([]);
    // The figures did land; no canned query shows them without the runs row.
    expect(Number(await admin(`SELECT count() FROM ${db}.policy_results`))).toBeGreaterThan(0);
    expect(Number(await admin(`SELECT count() FROM ${db}.runs`))).toBe(0);
    const half = cli(cwd, 'query', 'summary', '--run', a.runId, '--json');
    expect(half.code).toBe(1);
    expect(half.stderr).toMatch(/no run/);

    await admin(`ALTER TABLE ${db}.runs DROP COLUMN refused`);
    const second = cli(cwd, 'run', '--json', CAPTURE);
    expect(second.code, second.stderr).toBe(0);
    const b = JSON.parse(second.stdout) as RunJson;
    expect(b.runId).toBe(a.runId);
    expect(b.store).toMatchObject({ stored: [{ runId: a.runId }], error: null });

    const runs = cli(cwd, 'query', 'runs', '--json');
    expect(runs.code, runs.stderr).toBe(0);
    expect((JSON.parse(runs.stdout) as { run_id: string }[]).map((r) => r.run_id)).toEqual([
      a.runId,
    ]);
    const summary = cli(cwd, 'query', 'summary', '--run', a.runId, '--json');
    expect(summary.code, summary.stderr).toBe(0);
    const policies = (JSON.parse(summary.stdout) as { policy: string }[]).map((r) => r.policy);
    // One row per policy: the retry replaced the first attempt's figures, not added to them.
    expect(policies.length).toBeGreaterThan(1);
    expect(new Set(policies).size).toBe(policies.length);
  });
});
