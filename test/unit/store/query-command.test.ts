// `faultreplay query` through the CLI entry point (in-process), on a chdb store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { createResultStore } from '../../../src/store/index.js';
import { syntheticRun } from '../../../src/store/synthetic-run.js';

const dir = mkdtempSync(join(tmpdir(), 'fr-qcmd-'));
const run = syntheticRun({ runId: 'run-cli', files: 4, seconds: 5, seed: 31 });

async function cli(args: string[], env: Record<string, string> = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (b: Buffer) => (stdout += b.toString()));
  err.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await main(args, { stdout: out, stderr: err, interactive: false, env, cwd: dir });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  const store = await createResultStore({
    kind: 'chdb',
    path: join(dir, '.faultreplay/store'),
    database: 'faultreplay',
  });
  await store.storeRun(run);
  await store.close();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('--json prints the rows of the latest run from the default store', async () => {
  const r = await cli(['query', 'summary', '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
  expect(rows.map((x) => [x['policy'], x['write_faults']])).toEqual(
    run.policyIds.map((p) => [p, run.policies[p]!.writeFaults]),
  );
});

test('the table has a header, a rule, one line per row and a count', async () => {
  const r = await cli(['query', 'costs', '--run', 'run-cli', '--store', '.faultreplay/store']);
  expect(r.code).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^name\s+value us\s+source\s+note$/);
  expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+ {2}-+$/);
  expect(lines.slice(2, -1).map((l) => l.split(/\s{2,}/)[0])).toEqual(run.costs.map((c) => c.name));
  expect(lines.at(-1)).toBe(`(${run.costs.length} rows)`);
});

test('filters and --param reach the query; bad input is a clear error', async () => {
  const f = run.policies['lazytime']!.files[1]!;
  const r = await cli([
    'query',
    'latency-histogram',
    '--policy',
    'lazytime',
    '--file',
    f.file,
    '--param',
    'kind=fault',
    '--json',
  ]);
  expect((JSON.parse(r.stdout) as { samples: number }[]).map((x) => x.samples)).toEqual([
    ...f.faultLatencyHistogram,
  ]);
  const bad = await cli(['query', 'top-files', '--limit', 'lots']);
  expect([bad.code, bad.stderr]).toEqual([
    1,
    "faultreplay query: parameter 'limit' (UInt32): 'lots' is not a whole number [RPL_INPUT]\n",
  ]);
  const unknown = await cli(['query', 'nope']);
  expect(unknown.stderr).toMatch(/no canned query 'nope' \(known: costs, files, latency-histogram/);
});

test('the server comes from the environment or the config file, never only from flags', async () => {
  // Nothing listens on port 9 (discard) here: the error proves the URL was picked up.
  const env = {
    FAULTREPLAY_CLICKHOUSE_URL: 'http://127.0.0.1:9',
    FAULTREPLAY_CLICKHOUSE_PASSWORD: 'pw',
  };
  const viaEnv = await cli(['query', 'runs'], env);
  expect(viaEnv.code).toBe(1);
  expect(viaEnv.stderr).toMatch(
    /ClickHouse http:\/\/127\.0\.0\.1:9\/faultreplay: .*connection refused/,
  );
  expect(viaEnv.stderr).not.toContain('pw');
  writeFileSync(
    join(dir, 'cfg.json'),
    JSON.stringify({ store: { clickhouse: { url: 'http://127.0.0.1:9', database: 'fromfile' } } }),
  );
  const viaFile = await cli(['query', 'runs', '--config', 'cfg.json']);
  expect(viaFile.stderr).toMatch(/ClickHouse http:\/\/127\.0\.0\.1:9\/fromfile: /);
}, 60_000);
