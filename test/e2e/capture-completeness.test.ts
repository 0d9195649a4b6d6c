// `faultreplay replay` says whether each run's capture is whole (#15.5), with the built CLI: an
// ingested capture is complete; the same log cut mid-capture is incomplete, with a warning, and
// stored as such; a log written before end records is unknown; a dead writer's LOCK taken over
// is said, naming its pid.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';

const repoRoot = REPO_ROOT;
const CAPTURE = join(repoRoot, 'test', 'fixtures', 'captures', 'ext4-fault512-sparse.trace.gz');
const OLD_LOG = join(repoRoot, 'test', 'fixtures', 'logs', 'pre-capture-end');

function cli(args: readonly string[], cwd: string): { code: number; out: string; err: string } {
  const r = runBuiltCli(args, cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const work = (): string => mkdtempSync(join(tmpdir(), 'fr-complete-'));
const REPLAY = ['replay', '--log', 'log', '--policies', 'legacy', '--store', 'store'];

interface Stored {
  run_id: string;
  completeness: string;
}
function storedRuns(cwd: string): Stored[] {
  const q = cli(['query', 'runs', '--store', 'store', '--json'], cwd);
  expect(q.code, q.err).toBe(0);
  return JSON.parse(q.out) as Stored[];
}

describe('capture completeness through the CLI', () => {
  it('complete after ingest; cut mid-capture: incomplete, warned and stored so', () => {
    const cwd = work();
    expect(cli(['ingest', '--log', 'log', CAPTURE], cwd).code).toBe(0);
    const whole = cli([...REPLAY, '--json'], cwd);
    expect(whole.code, whole.err).toBe(0);
    const run = JSON.parse(whole.out) as { runId: string; completeness: string };
    expect(run.completeness).toBe('complete');
    expect(whole.err).not.toMatch(/incomplete/);
    const table = cli(REPLAY, cwd);
    expect(table.out).toContain('capture complete (ends with its end-of-capture record)');

    const seg = readdirSync(join(cwd, 'log')).find((f) => f.endsWith('.seg'))!;
    const path = join(cwd, 'log', seg);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const cut = cli([...REPLAY, '--json'], cwd);
    expect(cut.code, cut.err).toBe(0);
    const torn = JSON.parse(cut.out) as { runId: string; completeness: string };
    expect(torn).toMatchObject({ completeness: 'incomplete', incompleteReason: 'no-end-record' });
    expect(cut.err).toMatch(
      /faultreplay replay: ext4-fault512-sparse: warning: capture incomplete: it has no end-of-capture record/,
    );
    expect(cli(REPLAY, cwd).out).toMatch(/^warning: capture incomplete: /m);
    const stored = new Map(storedRuns(cwd).map((r) => [r.run_id, r.completeness]));
    expect(stored.get(run.runId)).toBe('complete');
    expect(stored.get(torn.runId)).toBe('incomplete');
  });

  it('a log written before end records: completeness unknown', () => {
    const cwd = work();
    const dir = join(cwd, 'log');
    mkdirSync(dir);
    for (const f of readdirSync(OLD_LOG))
      writeFileSync(join(dir, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(OLD_LOG, f))));
    const r = cli(REPLAY, cwd);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('completeness unknown (log predates end-of-capture records)');
    expect(r.err).not.toMatch(/incomplete/);
    expect(storedRuns(cwd).map((s) => s.completeness)).toEqual(['unknown']);
  });

  it('ingest into a log whose LOCK names a dead writer says so, naming the pid', () => {
    const cwd = work();
    expect(cli(['ingest', '--log', 'log', CAPTURE], cwd).code).toBe(0);
    // A pid that is not running: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    writeFileSync(join(cwd, 'log', 'LOCK'), `${dead}\n`);
    const r = cli(['ingest', '--log', 'log', '--force', CAPTURE], cwd);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      `took over the lock of pid ${dead}, which is not running: that writer stopped without closing the log, so its last capture may be incomplete`,
    );
  });
});
