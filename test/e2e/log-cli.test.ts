// `faultreplay log check` as users run it: the built CLI on a small multi-segment log of a real
// capture, intact and with one flipped byte in a sealed segment.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRACES, tempDir } from '../unit/ingest/helpers.js';
import { createFileEventLog } from '../../src/log/index.js';
import { readAll } from '../contracts/event-log.contract.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = process.env['FAULTREPLAY_CLI'] ?? join(repoRoot, 'bin', 'faultreplay.js');
const SMALL_TC = join(TRACES, 'ext4-small-steady.tracecmd-report.gz');

function cli(
  args: readonly string[],
  cwd: string,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Byte positions where each record of a segment file starts, walked from the length fields. */
function recordStarts(path: string): number[] {
  const bytes = readFileSync(path);
  const starts: number[] = [];
  for (let pos = 16; pos < bytes.length; pos += 8 + bytes.readUInt32LE(pos)) starts.push(pos);
  return starts;
}

interface Report {
  records: number;
  damaged: boolean;
  problems: string[];
  damage: {
    segment: string;
    fromByte: number;
    toByte: number;
    offset: number;
    reason: string;
    kind: string;
  }[];
  segments: {
    segment: string;
    base: number;
    records: number;
    lostRecords: number | null;
    damage: unknown[];
  }[];
}

/** A log of the small capture, ingested by the CLI, rewritten into 4 KiB segments. */
async function smallLog(): Promise<{ cwd: string; dir: string; events: number }> {
  const cwd = tempDir('log-cli-e2e-');
  const ingested = cli(['ingest', '--log', 'ingested', SMALL_TC], cwd);
  expect(ingested.stderr).not.toMatch(/error/i);
  expect(ingested.code).toBe(0);
  const from = await createFileEventLog({ dir: join(cwd, 'ingested'), readOnly: true });
  const { records } = await readAll(from);
  await from.close();
  const dir = join(cwd, 'log');
  const to = await createFileEventLog({ dir, segmentBytes: 4096 });
  await to.append(records.map((r) => r.event));
  await to.close();
  return { cwd, dir, events: records.length };
}

describe('faultreplay log check', () => {
  it('reports an intact log as OK, and one flipped byte in a sealed segment by segment, byte and record offset', async () => {
    const { cwd, dir, events } = await smallLog();
    const ok = cli(['log', 'check', '--json', dir], cwd);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const clean = JSON.parse(ok.stdout) as Report;
    expect(clean.damaged).toBe(false);
    expect(clean.damage).toEqual([]);
    expect(clean.records).toBe(events);
    expect(clean.segments.length).toBeGreaterThan(2);
    expect(cli(['log', 'check', dir], cwd).stdout).toMatch(/log OK: \d+ segments, \d+ records/);

    // Flip one payload byte of the 4th record of the second (sealed) segment.
    const seg = clean.segments[1]!;
    const path = join(dir, seg.segment);
    const starts = recordStarts(path);
    const bytes = readFileSync(path);
    bytes[starts[3]! + 12] = bytes[starts[3]! + 12]! ^ 0x01;
    writeFileSync(path, bytes);

    const bad = cli(['log', 'check', '--json', dir], cwd);
    expect(bad.code).toBe(1);
    const r = JSON.parse(bad.stdout) as Report;
    expect(r.damaged).toBe(true);
    expect(r.damage).toEqual([
      {
        segment: seg.segment,
        fromByte: starts[3],
        toByte: starts[4],
        offset: seg.base + 3,
        reason: 'record checksum mismatch',
        kind: 'corrupt',
      },
    ]);
    // Only the damaged record is missing: every record after it is still found.
    expect(r.records).toBe(events - 1);
    expect(r.segments[1]!.lostRecords).toBe(1);
    expect(r.segments.filter((s) => s.damage.length > 0).map((s) => s.segment)).toEqual([
      seg.segment,
    ]);
    const text = cli(['log', 'check', dir], cwd);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      `DAMAGED: ${seg.segment} bytes ${starts[3]}..${starts[4]} (from record offset ${seg.base + 3})`,
    );

    // replay on the damaged log fails pointing to the CLI tool, not to an API option.
    const replay = cli(['replay', '--no-store', '--log', dir], cwd);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toContain(`faultreplay log check ${dir}`);
    expect(replay.stderr).not.toMatch(/truncateCorruptTail/);
  }, 180_000);

  it('a usage error exits 2', () => {
    const cwd = tempDir('log-cli-e2e-');
    expect(cli(['log', 'frobnicate'], cwd).code).toBe(2);
  });
});
