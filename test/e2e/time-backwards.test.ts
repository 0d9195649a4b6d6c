// `faultreplay run` (the built CLI) on a capture where time goes backwards inside one traced
// write fault: ext4_default.trace with one event of a fault 5 s late (a CPU clock that jumped
// ahead and came back). Before, that fault became a 5-second latency with no warning.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';

const SCENARIOS = join(REPO_ROOT, 'test', 'fixtures', 'captures', 'scenarios');
const JUMPED = join(SCENARIOS, 'ext4-time-backwards.trace.gz');
const CLEAN = join(SCENARIOS, 'ext4_default.trace');

interface Latency {
  count: number;
  max: number;
}
interface RunJson {
  timeBackwards?: { droppedFaults: number; syscallsWithoutDuration: number };
  policies: Record<
    string,
    { writeFaults: number; faultLatencyUs: Latency; observed?: { faultLatencyUs: Latency } }
  >;
}

function run(file: string): { code: number; json: RunJson; stderr: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'timeback-e2e-'));
  const r = runBuiltCli(['run', '--no-store', '--json', file], cwd);
  return { code: r.code, json: JSON.parse(r.stdout) as RunJson, stderr: r.stderr };
}

describe('faultreplay run: time going backwards inside a fault', () => {
  const jumped = run(JUMPED);
  const clean = run(CLEAN);

  it('is detected, counted in the JSON and warned about', () => {
    expect(jumped.code, jumped.stderr).toBe(0);
    expect(jumped.json.timeBackwards).toEqual({ droppedFaults: 1, syscallsWithoutDuration: 0 });
    expect(jumped.stderr).toMatch(
      /faultreplay run: ext4-time-backwards: time went backwards inside 1 traced write faults/,
    );
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.json.timeBackwards).toBeUndefined();
    expect(clean.stderr).not.toMatch(/backwards/);
  });

  it('drops that fault: no policy and no observed figure shows a 5-second latency', () => {
    for (const [id, p] of Object.entries(jumped.json.policies)) {
      const c = clean.json.policies[id]!;
      expect(p.writeFaults, id).toBe(c.writeFaults - 1);
      expect(p.faultLatencyUs.count, id).toBe(c.faultLatencyUs.count - 1);
      // The clean capture's slowest fault is well under a millisecond; the jump is 5 s.
      expect(p.faultLatencyUs.max, id).toBeLessThanOrEqual(c.faultLatencyUs.max);
    }
    const o = jumped.json.policies['legacy']!.observed!;
    expect(o.faultLatencyUs.count).toBe(
      clean.json.policies['legacy']!.observed!.faultLatencyUs.count - 1,
    );
    expect(o.faultLatencyUs.max).toBeLessThan(1e6);
  });
});

describe('faultreplay run then query summary: the counts are stored with the run', () => {
  const cli = (cwd: string, ...args: string[]) => runBuiltCli(args, cwd);

  it('the summary of a run shows its time-went-backwards counts on every policy row', () => {
    // Both captures into one embedded store: the clean one must read 0, not the other's 1.
    const cwd = mkdtempSync(join(tmpdir(), 'timeback-store-e2e-'));
    const counts: Record<string, unknown[]> = {};
    for (const file of [JUMPED, CLEAN]) {
      const r = cli(cwd, 'run', '--json', file);
      expect(r.code, r.stderr).toBe(0);
      const { runId } = JSON.parse(r.stdout) as { runId: string };
      const q = cli(cwd, 'query', 'summary', '--run', runId, '--json');
      expect(q.code, q.stderr).toBe(0);
      const rows = JSON.parse(q.stdout) as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(1);
      counts[file] = [
        ...new Set(
          rows.map(
            (row) =>
              `${String(row['time_backwards_faults'])}/${String(row['time_backwards_syscalls'])}`,
          ),
        ),
      ];
    }
    expect(counts).toEqual({ [JUMPED]: ['1/0'], [CLEAN]: ['0/0'] });
  });
});
