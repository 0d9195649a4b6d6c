// Byte offsets above 2^53 end to end (issue 15 point 7a), through the built CLI: `faultreplay run`
// on ext4-offsets-2e53, ext4_default with its first file's data moved to byte 2^53 + 4096 (page
// 2^41 + 1) in every position the kernel prints (fixture README). The event log holds every
// offset exactly and each one's page index is the kernel's (the msync's odd range_end, which a
// double rounds into the next page, too); writeback's LONG_MAX / LLONG_MAX are exact; and since
// moving a file's pages changes nothing the replay measures, the stored figures equal those of
// the unmoved capture, query for query.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';
import type { CanonicalEvent } from '../../src/events/index.js';
import { LLONG_MAX, pageOfOffset } from '../../src/events/index.js';
import { createFileEventLog } from '../../src/log/index.js';

const SCENARIOS = join(REPO_ROOT, 'test', 'fixtures', 'captures', 'scenarios');
const UNMOVED = join(SCENARIOS, 'ext4_default.trace');
const MOVED = join(SCENARIOS, 'ext4-offsets-2e53.trace.gz');
const BASE = (1n << 53n) + 4096n;
/** The moved file's first page: 2^41 + 1, a number (page indexes stay below 2^51). */
const FIRST_PAGE = 2 ** 41 + 1;
const POLICIES = ['--policies', 'legacy,deferred'];

interface RunJson {
  runId: string;
  captureId: string;
  policies: Record<string, unknown>;
  deltas: unknown;
  store: { error: string | null };
}

const withoutRunId = (rows: Record<string, unknown>[]): Record<string, unknown>[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'run_id')));

async function eventsOf(logDir: string, captureId: string): Promise<CanonicalEvent[]> {
  const log = await createFileEventLog({ dir: logDir, readOnly: true });
  const out: CanonicalEvent[] = [];
  try {
    for await (const batch of log.read(0))
      for (const { event } of batch) if (event.captureId === captureId) out.push(event);
  } finally {
    await log.close();
  }
  return out;
}

describe('byte offsets above 2^53 through the CLI, the log and the store', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'exact-offsets-e2e-'));
  const run = (file: string): RunJson => {
    const r = runBuiltCli(['run', '--json', '--store', 'store', ...POLICIES, file], cwd);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as RunJson;
    expect(j.store.error).toBeNull();
    return j;
  };
  const unmoved = run(UNMOVED);
  const moved = run(MOVED);

  it('the log holds every moved offset exactly, each on the page the kernel used', async () => {
    const events = await eventsOf(join(cwd, '.faultreplay', 'log'), moved.captureId);
    // The moved file is inode 12 (`ino=c`); the second file (13) stays at offset 0.
    const faults = events.flatMap((e) =>
      e.type === 'filemap_fault' && e.data.ino === 12 ? [e.data] : [],
    );
    expect(faults.length).toBeGreaterThan(0);
    for (const f of faults) expect(typeof f.offset).toBe('bigint');
    expect([...new Set(faults.map((f) => pageOfOffset(f.offset)))].sort()).toEqual(
      [0, 1, 2, 3].map((i) => FIRST_PAGE + i),
    );
    const starts = events.flatMap((e) =>
      e.type === 'writepages_start' && e.data.source === 'ext4_writepages' && e.data.ino === 12
        ? [e.data]
        : [],
    );
    // fsync and writeback of the whole file: LONG_MAX and LLONG_MAX, exactly (not 2^63).
    const whole = starts.filter((d) => d.rangeEnd === LLONG_MAX);
    expect(whole.length).toBeGreaterThan(0);
    for (const d of whole) expect(d.rangeStart).toBe(0);
    expect(starts.filter((d) => d.nrToWrite === LLONG_MAX).length).toBeGreaterThan(0);
    // The MS_SYNC msync of the four pages: its inclusive end is the last byte of page
    // 2^41 + 4, which as a double (2^53 + 20480) is the first byte of the next page.
    const msync = starts.filter((d) => d.rangeEnd !== LLONG_MAX && d.rangeStart !== 0);
    expect(msync.map((d) => [d.rangeStart, d.rangeEnd])).toEqual([[BASE, BASE + 16383n]]);
    expect(msync.map((d) => [pageOfOffset(d.rangeStart), pageOfOffset(d.rangeEnd)])).toEqual([
      [FIRST_PAGE, FIRST_PAGE + 3],
    ]);
    const mmaps = events.flatMap((e) => (e.type === 'mmap_enter' && e.data.fd === 4 ? [e] : []));
    expect(mmaps.map((e) => e.data.off)).toEqual([BASE, BASE]);
  });

  it('moving the file changes no figure: --json and every stored query equal the unmoved run', () => {
    expect(moved.runId).not.toBe(unmoved.runId);
    expect(moved.policies).toEqual(unmoved.policies);
    expect(moved.deltas).toEqual(unmoved.deltas);
    for (const query of ['summary', 'files', 'timeline', 'skipped']) {
      const rows = (r: RunJson): Record<string, unknown>[] => {
        const q = runBuiltCli(
          ['query', query, '--run', r.runId, '--json', '--store', 'store'],
          cwd,
        );
        expect(q.code, `${query}: ${q.stderr}`).toBe(0);
        return JSON.parse(q.stdout) as Record<string, unknown>[];
      };
      const got = withoutRunId(rows(moved));
      expect(got.length, query).toBeGreaterThan(0);
      expect(got, query).toEqual(withoutRunId(rows(unmoved)));
    }
  });
});
