// `faultreplay run` as the README's quick start runs it: the built CLI, a fresh working directory,
// the bundled real capture, the embedded store. Expected figures are derived independently from
// the capture text, never copied from a previous run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';
import { RECORD_HEADROOM } from '../../src/codec/index.js';
import { appendEncoded, createFileEventLog } from '../../src/log/index.js';

const repoRoot = REPO_ROOT;
const CAPTURE = join(repoRoot, 'test', 'fixtures', 'captures', 'ext4-small-steady.trace.gz');

const cli = runBuiltCli;

interface Latency {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}
interface PolicyJson {
  writeFaults: number;
  pageMkwriteCalls: number;
  timestampUpdates: number;
  journalCommits: number;
  dataPagesWritten: number;
  bytesDirtied: number;
  bytesWritten: number;
  writeAmplification: number;
  faultLatencyUs: Latency;
  msyncLatencyUs: Latency;
  mtimeStaleness: { suSViolations: number; maxMs: number; meanMs: number };
  observed?: { writeFaults: number; timestampUpdates: number };
}
interface RunJson {
  runId: string;
  captureId: string;
  ingest: { lines: number; events: number; malformed: number; files: { lines: number }[] };
  policies: Record<string, PolicyJson>;
  deltas: Record<string, Record<string, { value: number; legacy: number; rel: number }>>;
  store: { kind: string; stored: { runId: string; rows: number }[]; error: string | null };
}

/** Write faults of the workload, counted from the text: error_code with the write bit, on the
 * mapped file's range, is what the simulator must find; here, the upper bound is every write
 * fault of the mmwork process and the lower bound the number of page_dirtied lines. */
function independentCounts(): { lines: number; dirtied: number; msyncs: number } {
  const text = gunzipSync(readFileSync(CAPTURE)).toString('utf8');
  const lines = text.split('\n').filter((l) => l.length > 0);
  return {
    lines: lines.length,
    dirtied: lines.filter((l) => l.includes(' writeback_dirty_folio: ')).length,
    msyncs: lines.filter((l) => /^\s*mmwork-\d+ .* sys_msync\(/.test(l)).length,
  };
}

describe('faultreplay run (the quick start)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'run-e2e-'));
  const first = cli(['run', '--json', CAPTURE], cwd);

  it('ingests, replays every policy and stores into the embedded store', () => {
    expect(first.code, first.stderr).toBe(0);
    const r = JSON.parse(first.stdout) as RunJson;
    const want = independentCounts();
    expect(r.ingest.lines).toBe(want.lines);
    expect(r.ingest.malformed).toBe(0);
    expect(r.runId).toMatch(/^[0-9a-f]{8,}$/);
    expect(Object.keys(r.policies)).toEqual(
      expect.arrayContaining(['legacy', 'deferred', 'mapsync', 'lazytime', 'lazytime-pre66']),
    );
    expect(r.policies['legacy']!.observed).toBeDefined();
    // Every write fault that dirtied a page of the file is a write fault the replay must see.
    const legacy = r.policies['legacy']!;
    expect(legacy.writeFaults).toBeGreaterThan(0);
    expect(legacy.writeFaults).toBeLessThanOrEqual(r.ingest.events);
    expect(legacy.writeFaults).toBeGreaterThanOrEqual(
      Math.min(want.dirtied, legacy.observed!.writeFaults),
    );
    for (const [id, p] of Object.entries(r.policies)) {
      for (const k of ['mean', 'p50', 'p90', 'p99', 'max'] as const) {
        expect(Number.isFinite(p.faultLatencyUs[k]), `${id} ${k}`).toBe(true);
      }
      expect(p.faultLatencyUs.p50).toBeLessThanOrEqual(p.faultLatencyUs.p99);
      expect(p.faultLatencyUs.p99).toBeLessThanOrEqual(p.faultLatencyUs.max);
    }
    // deferred moves the timestamp work out of the fault: fewer updates, no SuS violations.
    expect(r.policies['deferred']!.timestampUpdates).toBeLessThan(legacy.timestampUpdates);
    expect(r.policies['deferred']!.mtimeStaleness.suSViolations).toBe(0);
    // deltas are relative to legacy and agree with the figures they are computed from.
    const d = r.deltas['deferred']!['timestampUpdates']!;
    expect(d.legacy).toBe(legacy.timestampUpdates);
    expect(d.value).toBe(r.policies['deferred']!.timestampUpdates);
    expect(r.store.kind).toBe('chdb');
    expect(r.store.error).toBeNull();
    expect(r.store.stored.map((s) => s.runId)).toEqual([r.runId]);
    expect(r.store.stored[0]!.rows).toBeGreaterThan(0);
  });

  it('what was stored answers the canned queries for that run', () => {
    const r = JSON.parse(first.stdout) as RunJson;
    const q = cli(['query', 'summary', '--run', r.runId, '--json'], cwd);
    expect(q.code, q.stderr).toBe(0);
    const rows = JSON.parse(q.stdout) as Record<string, unknown>[];
    const byPolicy = new Map(rows.map((row) => [row['policy'], row]));
    expect([...byPolicy.keys()].sort()).toEqual(Object.keys(r.policies).sort());
    for (const [id, p] of Object.entries(r.policies)) {
      const row = byPolicy.get(id)!;
      expect(Number(row['write_faults']), id).toBe(p.writeFaults);
      expect(Number(row['timestamp_updates']), id).toBe(p.timestampUpdates);
    }
  });

  it('a --run that is not stored is an error naming the stored runs, not an empty table', () => {
    const r = JSON.parse(first.stdout) as RunJson;
    for (const args of [['--json'], []]) {
      const q = cli(['query', 'summary', '--run', 'nosuch', ...args], cwd);
      expect(q.code).toBe(1);
      expect(q.stdout).toBe('');
      expect(q.stderr).toMatch(
        new RegExp(
          `^faultreplay query: no run 'nosuch' \\(known: [^)]*\\b${r.runId}\\b[^)]*\\)\\n$`,
        ),
      );
    }
    // A stored run with nothing to show for a filter stays an empty result, not an error.
    const none = cli(['query', 'top-files', '--run', r.runId, '--policy', 'nosuch', '--json'], cwd);
    expect([none.code, none.stdout.trim()]).toEqual([0, '[]']);
  });

  it('run again on the same file appends nothing and replays the copy the log holds', async () => {
    const r = JSON.parse(first.stdout) as RunJson;
    const endOf = async (): Promise<number> => {
      const log = await createFileEventLog({ dir: join(cwd, '.faultreplay', 'log') });
      const end = await log.endOffset();
      await log.close();
      return end;
    };
    const before = await endOf();
    const again = cli(['run', '--json', CAPTURE], cwd);
    expect(again.code, again.stderr).toBe(0);
    expect(await endOf()).toBe(before);
    expect(again.stderr).toContain(
      `${CAPTURE} is already in the log as capture ${r.captureId} (offset 0): replaying that copy (--force ingests it again)`,
    );
    const second = JSON.parse(again.stdout) as RunJson;
    expect(second.ingest.events).toBe(0);
    expect(second.runId).toBe(r.runId);
    expect(second.policies).toEqual(r.policies);
    expect(second.store.error).toBeNull();
  });

  it('prints the comparison table without --json, and says where the run is stored', () => {
    // --force: the log gets a second copy (the replay tests below read both).
    const again = cli(['run', '--force', '--policies', 'deferred', CAPTURE], cwd);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^legacy\s+\d+/m);
    expect(again.stdout).toMatch(/^deferred\s+\d+/m);
    expect(again.stdout).not.toMatch(/^mapsync\s/m);
    expect(again.stdout).toMatch(/stored run [0-9a-f]+ \(\d+ rows\)/);
  });

  it('the same log range and config give byte-identical JSON (replay determinism through the CLI)', () => {
    const a = cli(['replay', '--json', '--capture-id', 'ext4-small-steady'], cwd);
    // The log now holds the capture twice (two runs); replay of the whole log must still be
    // deterministic: run it again and compare bytes.
    const b = cli(['replay', '--json', '--capture-id', 'ext4-small-steady'], cwd);
    expect(a.code, a.stderr).toBe(b.code);
    expect(a.stdout).toBe(b.stdout);
  });

  it('replay stores what it replays too, unless --no-store', () => {
    const stored = cli(['replay', '--json'], cwd);
    expect(stored.code, stored.stderr).toBe(0);
    const out = JSON.parse(stored.stdout) as {
      runs: { runId: string }[];
      store: { kind: string; stored: { runId: string }[]; error: string | null };
    };
    // the log holds the capture twice (two `run`s above): two runs, both stored
    expect(out.runs).toHaveLength(2);
    expect(out.store.kind).toBe('chdb');
    expect(out.store.error).toBeNull();
    expect(out.store.stored.map((s) => s.runId)).toEqual(out.runs.map((r) => r.runId));
    const unstored = cli(['replay', '--json', '--no-store'], cwd);
    expect(unstored.code, unstored.stderr).toBe(0);
    expect((JSON.parse(unstored.stdout) as { store: { kind: string } }).store.kind).toBe('none');
  });

  it('bad usage and unreadable input give clear errors and exit codes', () => {
    const none = cli(['run'], cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no input FILE/);
    const missing = cli(['run', join(cwd, 'nope.trace')], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.trace/);
    const badPolicy = cli(['run', '--policies', 'bogus', CAPTURE], cwd);
    expect(badPolicy.code).toBe(2);
    expect(badPolicy.stderr).toMatch(/unknown policy 'bogus'/);
    // the input flags are validated exactly as `ingest` does (one parser for both)
    const badFormat = cli(['run', '--format', 'xml', CAPTURE], cwd);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(
      /--format must be one of auto, ftrace, trace-cmd, perf \(got 'xml'\)/,
    );
    const badKernel = cli(['run', '--kernel', '2.6', CAPTURE], cwd);
    expect(badKernel.code).toBe(2);
    expect(badKernel.stderr).toMatch(/--kernel must be one of .* \(got '2\.6'\)/);
  });

  it('a truncated .gz is replayed as far as it was read, said once, and exits 3', () => {
    const own = mkdtempSync(join(tmpdir(), 'run-e2e-cut-'));
    const cut = join(own, 't.gz');
    writeFileSync(cut, readFileSync(CAPTURE).subarray(0, 106_859));
    const r = cli(['run', '--json', cut], own);
    expect(r.code, r.stderr).toBe(3);
    const j = JSON.parse(r.stdout) as RunJson & { ingest: { damagedFiles: { events: number }[] } };
    expect(j.ingest.damagedFiles.map((d) => d.events)).toEqual([j.ingest.events]);
    expect(j.store.error).toBeNull();
    expect(r.stderr.match(/gzip stream is damaged/g)?.length).toBe(1);
  });
});

describe('faultreplay run and replay of a capture with bad lines', () => {
  // 4 lines that are not trace lines, 2 modelled events kept as generic (fixture README).
  const BAD = join(
    repoRoot,
    'test',
    'fixtures',
    'captures',
    'scenarios',
    'ext4-bad-lines.trace.gz',
  );
  const skipped = {
    damagedRecords: 0,
    tracerLostEvents: 0,
    unattributedFaults: 0,
    badLines: 4,
    payloadMismatchLines: 2,
  };
  const note =
    'ext4-bad-lines: ingest skipped 4 unreadable input lines and kept 2 events whose payload it could not read as generic (not modelled)';

  it('says what ingest skipped, in --json and stored; a later replay of the log says the same', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'run-e2e-bad-'));
    const r = cli(['run', '--json', '--policies', 'legacy', BAD], cwd);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as RunJson & { skipped?: unknown };
    expect(j.ingest.malformed).toBe(4);
    expect(j.skipped).toEqual(skipped);
    expect(r.stderr).toContain(note);
    const q = cli(['query', 'skipped', '--run', j.runId, '--json'], cwd);
    expect(q.code, q.stderr).toBe(0);
    const rows = JSON.parse(q.stdout) as { what: string; count: number }[];
    expect(rows.filter((x) => x.what.endsWith('_lines'))).toEqual([
      { what: 'bad_lines', count: 4 },
      { what: 'payload_mismatch_lines', count: 2 },
    ]);
    // Another process, later, with nothing but the log: the end record carries the counts.
    const again = cli(['replay', '--json', '--no-store', '--policies', 'legacy'], cwd);
    expect(again.code, again.stderr).toBe(0);
    const k = JSON.parse(again.stdout) as { runId: string; skipped?: unknown };
    expect([k.runId, k.skipped]).toEqual([j.runId, skipped]);
    expect(again.stderr).toContain(note);
  });
});

describe('faultreplay replay of a log a newer faultreplay also wrote to', () => {
  it('skips and counts the records it cannot know, and replays the rest', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'replay-newer-e2e-'));
    const ingested = cli(['ingest', '--json', CAPTURE], cwd);
    expect(ingested.code, ingested.stderr).toBe(0);
    // A record of an event kind from a later schema: envelope + oneof field 60.
    const log = await createFileEventLog({ dir: join(cwd, '.faultreplay', 'log') });
    const record = Buffer.from([10, 3, 0x61, 0x62, 0x63, 0xe2, 0x03, 0x02, 0x08, 0x01]);
    const buf = Buffer.concat([Buffer.alloc(RECORD_HEADROOM), record]);
    await appendEncoded(log, { buf, starts: [0, buf.length], count: 1 });
    await log.close();

    const r = cli(['replay', '--json', '--no-store'], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped 1 records written by a newer faultreplay schema/);
    const out = JSON.parse(r.stdout) as RunJson;
    expect(out.captureId).toBe('ext4-small-steady');
    expect(out.policies['legacy']!.writeFaults).toBeGreaterThan(0);
  });
});
