// The embedded store shared between a running `faultreplay dashboard` and `run`/`query` in
// other processes (chdb allows one process per directory at a time): the built CLI, the bundled
// capture, a real dashboard process. And a store that another process really holds: `run`
// says who holds it before doing any work, without the engine's raw lock error.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, type BuiltCliRun, runBuiltCli } from '../helpers/built-cli.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = BUILT_CLI;
const CAPTURE = join(repoRoot, 'test', 'fixtures', 'captures', 'ext4-small-steady.trace.gz');

const cli = (cwd: string, ...args: string[]): BuiltCliRun => runBuiltCli(args, cwd);

/** Starts a process and resolves once its stdout has printed a line matching `ready`. */
function startUntil(args: string[], cwd: string, ready: RegExp): Promise<[ChildProcess, string]> {
  const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m !== null) resolve([child, m[0]]);
    });
    child.on('exit', (code) => {
      reject(new Error(`exited ${code} before ready: ${out}`));
    });
  });
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
});

async function runIds(url: string): Promise<string[]> {
  const res = await fetch(`${url}api/query/runs`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { rows: { run_id: string }[] };
  return body.rows.map((r) => r.run_id);
}

describe('one embedded store, several processes', () => {
  it('a running dashboard lets `run` store, and then shows the new run', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'shared-store-'));
    const [dash, url] = await startUntil([CLI, 'dashboard', '--port', '0'], cwd, /http:\/\/\S+\//);
    children.push(dash);
    expect(await runIds(url)).toEqual([]);
    const run = cli(cwd, 'run', '--json', CAPTURE);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Code: 76|Cannot lock/);
    const runId = (JSON.parse(run.stdout) as { runId: string }).runId;
    expect(await runIds(url)).toEqual([runId]);
    // query in a third process reads the same store while the dashboard is up.
    const q = cli(cwd, 'query', 'runs', '--json');
    expect(q.code, q.stderr).toBe(0);
    expect((JSON.parse(q.stdout) as { run_id: string }[]).map((r) => r.run_id)).toEqual([runId]);
  });

  it('a store another process holds: `run` names the holder before any work', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'held-store-'));
    const store = join(cwd, '.faultreplay', 'store');
    const chdb = createRequire(import.meta.url).resolve('chdb');
    const hold = `const { Session } = require(${JSON.stringify(chdb)});
      const s = new Session(${JSON.stringify(store)}); console.log('holding');
      process.stdin.on('end', () => { s.close(); process.exit(0); }); process.stdin.resume();`;
    const [holder] = await startUntil(['-e', hold], cwd, /holding/);
    children.push(holder);
    const run = cli(cwd, 'run', CAPTURE);
    holder.stdin!.end();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`is in use by pid ${holder.pid}`);
    expect(run.stderr).toContain('--clickhouse URL');
    expect(run.stderr).not.toMatch(/Code: 76|Cannot lock/);
    expect(run.stderr).not.toContain('ingest:'); // failed before the work started
    expect(run.stdout).toBe('');
  });

  it('--clickhouse to a dead server fails before the work, reporting each retry', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dead-server-'));
    const run = cli(cwd, 'run', '--clickhouse', 'http://127.0.0.1:1', CAPTURE);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/store attempt 1 failed \(.*connection refused/);
    expect(run.stderr).toContain('[RPL_SINK]');
    expect(run.stderr).not.toContain('ingest:'); // nothing ingested or replayed first
    expect(run.stdout).toBe('');
  });
});
