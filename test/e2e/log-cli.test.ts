// `faultreplay log check` and `log repair` as users run them: the built CLI on a small
// multi-segment log of a real capture, intact and with one flipped byte in a sealed segment,
// repaired and replayed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.js';
import { TRACES, tempDir } from '../unit/ingest/helpers.js';
import { createFileEventLog } from '../../src/log/index.js';
import { readAll } from '../contracts/event-log.contract.js';

const SMALL_TC = join(TRACES, 'ext4-small-steady.tracecmd-report.gz');

const cli = runBuiltCli;

/** The real ClickHouse server, when the environment names one: run_skipped is stored there too. */
const url = process.env['CLICKHOUSE_URL'];
const db = `fr_e2e_logcli_${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  if (url !== undefined && url !== '')
    await fetch(url, { method: 'POST', body: `DROP DATABASE IF EXISTS ${db}` });
});

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

interface ReplayJson {
  events: number;
  fromOffset: number;
  toOffset: number;
  skipped?: {
    damagedRecords: number;
    tracerLostEvents: number;
    unattributedFaults: number;
    badLines?: number;
    payloadMismatchLines?: number;
  };
  completeness: string;
  incompleteReason?: string;
  policies: Record<string, unknown>;
  deltas: Record<string, unknown>;
}

describe('faultreplay log repair', () => {
  it('repairs a bad checksum in a sealed segment: check is clean, replay counts the lost record and equals a replay with that record genuinely lost', async () => {
    const { cwd, dir, events } = await smallLog();
    const intact = await createFileEventLog({ dir, readOnly: true });
    const { records } = await readAll(intact);
    await intact.close();
    const segs = (JSON.parse(cli(['log', 'check', '--json', dir], cwd).stdout) as Report).segments;
    // An msync in a sealed segment (not the first, not the last): losing it changes the figures.
    const victim = records.find(
      (r) =>
        r.offset >= segs[1]!.base && r.offset < segs.at(-1)!.base && r.event.type === 'msync_enter',
    )!;
    expect(victim).toBeDefined();
    const s = segs.filter((x) => x.base <= victim.offset).at(-1)!;
    const path = join(dir, s.segment);
    const at = recordStarts(path)[victim.offset - s.base]!;
    const bytes = readFileSync(path);
    bytes[at + 12] = bytes[at + 12]! ^ 0x01;
    writeFileSync(path, bytes);

    // The same capture with that record genuinely lost: never written.
    const lostDir = join(cwd, 'genuinely-lost');
    const lost = await createFileEventLog({ dir: lostDir, segmentBytes: 4096 });
    await lost.append(records.filter((r) => r.offset !== victim.offset).map((r) => r.event));
    await lost.close();

    const refused = cli(['replay', '--no-store', '--log', dir], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`faultreplay log repair ${dir}`);

    const repair = cli(['log', 'repair', '--json', dir], cwd);
    expect(repair.stderr).toBe('');
    expect(repair.code).toBe(0);
    const rep = JSON.parse(repair.stdout) as {
      keptRecords: number;
      lostRecords: number;
      segments: { segment: string; replaced: { records: number; captures: object }[] }[];
    };
    expect(rep.keptRecords).toBe(events - 1);
    expect(rep.lostRecords).toBe(1);
    expect(rep.segments.find((x) => x.segment === s.segment)!.replaced).toMatchObject([
      { records: 1, captures: { [victim.event.captureId]: 1 } },
    ]);
    const check = cli(['log', 'check', dir], cwd);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/log OK/);
    const again = cli(['log', 'repair', dir], cwd);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing to repair/);

    const replay = cli(['replay', '--no-store', '--json', '--log', dir], cwd);
    expect(replay.code).toBe(0);
    expect(replay.stderr).toContain(
      `${victim.event.captureId}: skipped 1 records lost to event log damage`,
    );
    // The repair rebuilt the indexes it removed: no reader has to.
    expect(replay.stderr).not.toMatch(/rebuilt the index/);
    const repaired = JSON.parse(replay.stdout) as ReplayJson;
    // Every record replayed: the intact ones and the one standing for the lost record.
    expect(repaired).toMatchObject({ events, fromOffset: 0, toOffset: events });
    // The end record is intact: ingest's counts (none skipped) are known.
    expect(repaired.skipped).toEqual({
      damagedRecords: 1,
      tracerLostEvents: 0,
      unattributedFaults: 0,
      badLines: 0,
      payloadMismatchLines: 0,
    });
    // Its end record and count are intact, yet a record of it is gone: not a whole capture.
    expect(repaired).toMatchObject({ completeness: 'incomplete', incompleteReason: 'log-damaged' });
    expect(replay.stderr).toMatch(
      /capture incomplete: records of it were lost to event log damage/,
    );

    const reference = cli(['replay', '--no-store', '--json', '--log', lostDir], cwd);
    expect(reference.code).toBe(0);
    const expected = JSON.parse(reference.stdout) as ReplayJson;
    expect(expected.events).toBe(events - 1);
    expect(repaired.policies).toEqual(expected.policies);
    expect(repaired.deltas).toEqual(expected.deltas);
    // ... and the lost fault shows: the intact log replays to other figures.
    const whole = await createFileEventLog({ dir: join(cwd, 'whole'), segmentBytes: 4096 });
    await whole.append(records.map((r) => r.event));
    await whole.close();
    const original = JSON.parse(
      cli(['replay', '--no-store', '--json', '--log', join(cwd, 'whole')], cwd).stdout,
    ) as ReplayJson;
    expect(original.policies).not.toEqual(repaired.policies);
  }, 300_000);

  it('run on a repaired log (the capture already in it) says what it skipped, in --json and stored (run_skipped) on both stores', () => {
    const cwd = tempDir('log-cli-e2e-');
    expect(cli(['ingest', '--log', 'log', SMALL_TC], cwd).code).toBe(0);
    // One segment, the active one: a record in its middle, with valid ones after it.
    const path = join(cwd, 'log', '00000000000000000000.seg');
    const starts = recordStarts(path);
    const at = starts[Math.floor(starts.length / 2)]!;
    const bytes = readFileSync(path);
    bytes[at + 12] = bytes[at + 12]! ^ 0x01;
    writeFileSync(path, bytes);
    const repair = cli(['log', 'repair', 'log'], cwd);
    expect(repair.code).toBe(0);
    expect(repair.stdout).toMatch(/by 1 lost records \(ext4-small-steady: 1\)/);

    const stores: { name: string; storeArgs: string[]; env: NodeJS.ProcessEnv }[] = [
      { name: 'embedded', storeArgs: ['--store', 'store'], env: {} },
    ];
    if (url !== undefined && url !== '')
      stores.push({
        name: 'server',
        storeArgs: ['--clickhouse', url],
        env: { FAULTREPLAY_CLICKHOUSE_DATABASE: db },
      });
    const stored: string[] = [];
    for (const { name, storeArgs, env } of stores) {
      const run = runBuiltCli(['run', '--json', ...storeArgs, '--log', 'log', SMALL_TC], cwd, env);
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      expect(run.stderr).toContain('ext4-small-steady: skipped 1 records lost to event log damage');
      const j = JSON.parse(run.stdout) as ReplayJson & {
        runId: string;
        ignoredEvents?: { pageIndexBeyondFiles: number };
        store: { error: string | null };
      };
      expect(j.store.error).toBeNull();
      expect(j.skipped).toEqual({
        damagedRecords: 1,
        tracerLostEvents: 0,
        unattributedFaults: 0,
        badLines: 0,
        payloadMismatchLines: 0,
      });
      // The store keeps what --json said, one row per counter, zeros included, in `what` order.
      const query = () =>
        runBuiltCli(['query', 'skipped', '--run', j.runId, '--json', ...storeArgs], cwd, env);
      const q = query();
      expect(q.code, `${name}: ${q.stderr}`).toBe(0);
      expect(JSON.parse(q.stdout)).toEqual([
        { what: 'bad_lines', count: j.skipped!.badLines },
        { what: 'damaged_records', count: j.skipped!.damagedRecords },
        { what: 'page_index_beyond_files', count: j.ignoredEvents?.pageIndexBeyondFiles ?? 0 },
        { what: 'payload_mismatch_lines', count: j.skipped!.payloadMismatchLines },
        { what: 'tracer_lost_events', count: j.skipped!.tracerLostEvents },
        { what: 'unattributed_faults', count: j.skipped!.unattributedFaults },
      ]);
      // Storing the same run again (same capture and config: same run id) changes no row.
      const again = runBuiltCli(
        ['run', '--json', ...storeArgs, '--log', 'log', SMALL_TC],
        cwd,
        env,
      );
      expect(again.code, `${name}: ${again.stderr}`).toBe(0);
      expect((JSON.parse(again.stdout) as { runId: string }).runId).toBe(j.runId);
      expect(query().stdout).toBe(q.stdout);
      stored.push(q.stdout);
    }
    // Same SQL, same rows, byte for byte, on chDB and the ClickHouse server.
    expect(new Set(stored).size).toBe(1);
  }, 600_000);
});
