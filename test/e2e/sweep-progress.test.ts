// A sweep's progress as a person sees it (issue 16): the built CLI on a real pseudo-terminal
// (util-linux `script`), where stderr is a TTY and the live line is redrawn in place, and in a
// pipe, where progress stays two plain lines. Every cell of the grid is replayed in the same
// read of the log, so one live line names them all; the summary ends with the grid's time and
// cells per second.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';

const CAPTURE = join(REPO_ROOT, 'test', 'fixtures', 'captures', 'ext4-small-steady.trace.gz');
const SWEEP = [
  'sweep',
  '--no-store',
  '--set',
  'commitIntervalMs=100,5000',
  '--policies',
  'legacy,lazytime',
];

const dir = mkdtempSync(join(tmpdir(), 'faultreplay-sweep-progress-'));
beforeAll(() => {
  const r = runBuiltCli(['ingest', CAPTURE], dir);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The CLI under `script`: stdout and stderr are the pty's, merged as a terminal shows them. */
function onTerminal(args: readonly string[]): { code: number; screen: string } {
  const command = [process.execPath, BUILT_CLI, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qfec', command, '/dev/null'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, screen: r.stdout };
}

/** Every state of the screen's lines: each redraw (`\r` + clear to the end) is a line. */
const drawn = (screen: string): string[] =>
  screen
    .split(/\r\n|\n|\r/)
    .map((l) => l.replaceAll('\x1b[K', ''))
    .filter((l) => l !== '');

describe('sweep progress', () => {
  it('on a terminal: one live line for the whole grid, then the grid time and cells/s', () => {
    const r = onTerminal(SWEEP);
    expect(r.code, r.screen).toBe(0);
    const lines = drawn(r.screen);
    // the live line names the grid's 4 cells (2 combinations x 2 policies) and counts events
    const live = lines.filter((l) => l.includes('[4 cells + captured baseline together]'));
    expect(live.length, r.screen).toBeGreaterThan(0);
    for (const l of live) {
      expect(l).toMatch(
        /^faultreplay sweep: replay \[4 cells \+ captured baseline together\]( \(pass 2\))?: [\d,]+ events of [\d,]+ events \(\d+%\)/,
      );
    }
    // it is redrawn in place (\r, clear line), never a new line per redraw
    expect(r.screen).toContain('\r\x1b[Kfaultreplay sweep: replay [4 cells');
    expect(r.screen).not.toMatch(/together\][^\r]*\n/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^faultreplay sweep: replay: [\d,]+ events in [\d.]+ s/),
    );
    const summary = lines.filter((l) => l.startsWith('grid time: '));
    expect(summary).toHaveLength(1);
    const m = /^grid time: (\d+\.\d\d) s for 4 cells, (\d+\.\d) cells\/s$/.exec(summary[0]!);
    expect(m, summary[0]).not.toBeNull();
    // the rate is the cells over the time printed beside it: 4 lies within the product of
    // their rounding intervals (time to 0.01 s, rate to 0.1 cells/s)
    const [seconds, rate] = [Number(m![1]), Number(m![2])];
    expect((rate + 0.05) * (seconds + 0.005)).toBeGreaterThanOrEqual(4);
    expect((rate - 0.05) * (seconds - 0.005)).toBeLessThanOrEqual(4);
  });

  it('in a pipe: a line when the pass starts and one when it ends, no live line', () => {
    const r = runBuiltCli(SWEEP, dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      expect.stringMatching(/^faultreplay sweep: replay: started, [\d,]+ events in all$/),
      expect.stringMatching(/^faultreplay sweep: replay: [\d,]+ events in [\d.]+ s \(/),
    ]);
    expect(r.stdout).toMatch(/^grid time: \d+\.\d\d s for 4 cells, \d+\.\d cells\/s$/m);
  });
});
