// Every shared capture reads with no malformed line, and its per-tracepoint counts equal an
// independent count: a regex reader written for the tests (reference-parser.ts) and, for the
// big gzip captures, `zcat | grep -c` through the shell.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureReader } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { FIXTURES, SCENARIOS, TRACES } from './helpers.js';
import { countBy, referenceParse } from './reference-parser.js';

/** Damaged on purpose (fixture README): its bad lines are counted below, not absent. */
const DAMAGED = 'ext4-bad-lines.trace.gz';

const captures = [
  ...readdirSync(TRACES)
    .filter((f) => f.endsWith('.gz') && !f.includes('.lat.csv'))
    .map((f) => join(TRACES, f)),
  // A scenario made of bad lines on purpose is checked below and by the tests of what is
  // skipped (test/unit/sim/ingest-skipped.test.ts, test/integration/kafka/kafka-bad-lines.test.ts).
  ...readdirSync(SCENARIOS)
    .filter((f) => f !== DAMAGED)
    .map((f) => join(SCENARIOS, f)),
].sort();

async function readAll(path: string): Promise<{ reader: CaptureReader; events: CanonicalEvent[] }> {
  const reader = new CaptureReader(path);
  const events: CanonicalEvent[] = [];
  for await (const b of reader.batches()) events.push(...b);
  return { reader, events };
}

describe('shared captures', () => {
  it('finds all of them', () => {
    expect(captures.length).toBeGreaterThanOrEqual(14);
  });

  it(`scenarios/${DAMAGED}: 4 bad lines and 2 payload mismatches, each named by its line`, async () => {
    const { reader } = await readAll(join(SCENARIOS, DAMAGED));
    const st = reader.stats;
    expect([st.malformed, st.payloadMismatch, st.continuation]).toEqual([4, 2, 0]);
    expect(st.issues.map((i) => i.line)).toEqual([25, 382, 846, 1150, 2047, 3352]);
  });

  for (const path of captures) {
    it(`${path.slice(FIXTURES.length + 1)}: malformed 0, counts equal the reference reader`, async () => {
      const perf = path.includes('perf');
      const ref = referenceParse(path, perf);
      expect(ref.other).toEqual([]);
      const { reader, events } = await readAll(path);
      const st = reader.stats;
      expect(st.malformed).toBe(0);
      expect(st.payloadMismatch).toBe(0);
      expect(st.issues.filter((i) => i.line > 0)).toEqual([]);
      expect(st.format).toBe(
        perf
          ? 'perf'
          : path.includes('tracecmd') || path.includes('tc_report')
            ? 'trace-cmd'
            : 'ftrace',
      );
      expect(st.eventLines).toBe(ref.events.length);
      expect(new Map([...st.byTracepoint].sort())).toEqual(
        new Map([...countBy(ref.events)].sort()),
      );
      // Header first, seq dense, one event per event line, in file order.
      expect(events[0]!.type).toBe('header');
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
      expect(events.length).toBe(ref.events.length + 1);
      // Envelope fields agree with the reference on every line.
      for (let i = 0; i < ref.events.length; i++) {
        const r = ref.events[i]!;
        const e = events[i + 1]!;
        if (
          e.line !== r.line ||
          e.comm !== r.comm ||
          e.pid !== r.pid ||
          e.cpu !== r.cpu ||
          e.ts !== r.ts
        ) {
          expect({ line: e.line, comm: e.comm, pid: e.pid, cpu: e.cpu, ts: e.ts }).toEqual({
            line: r.line,
            comm: r.comm,
            pid: r.pid,
            cpu: r.cpu,
            ts: r.ts,
          });
        }
      }
    });
  }

  it('gzip captures: counts equal zcat | grep -c', async () => {
    const path = join(TRACES, 'ext4-steady-rand-msync-async.trace.gz');
    const grepCount = (pattern: string): number =>
      Number(
        execFileSync('sh', ['-c', `zcat '${path}' | grep -c -- '${pattern}' || true`])
          .toString()
          .trim(),
      );
    const { reader } = await readAll(path);
    const tp = reader.stats.byTracepoint;
    for (const [name, pattern] of [
      ['page_fault_user', ' page_fault_user: '],
      ['writeback_dirty_folio', ' writeback_dirty_folio: '],
      ['writeback_mark_inode_dirty', ' writeback_mark_inode_dirty: '],
      ['ext4_da_write_folios_start', ' ext4_da_write_folios_start: '],
      ['sys_enter_msync', ' sys_msync(start: '],
      ['sys_exit_msync', ' sys_msync -> '],
      ['sys_enter_openat', ' sys_openat('],
    ] as const) {
      const n = grepCount(pattern);
      expect(n, name).toBeGreaterThan(0);
      expect(tp.get(name), name).toBe(n);
    }
    const lines = Number(
      execFileSync('sh', ['-c', `zcat '${path}' | wc -l`])
        .toString()
        .trim(),
    );
    expect(reader.stats.lines).toBe(lines);
  });

  it('perf capture: counts equal zcat | grep -c, subsystem prefixes dropped', async () => {
    const path = join(TRACES, 'ext4-perf-steady.perfscript.gz');
    const grepCount = (pattern: string): number =>
      Number(
        execFileSync('sh', ['-c', `zcat '${path}' | grep -c -- '${pattern}' || true`])
          .toString()
          .trim(),
      );
    const { reader, events } = await readAll(path);
    const tp = reader.stats.byTracepoint;
    expect(tp.get('page_fault_user')).toBe(grepCount(' exceptions:page_fault_user: '));
    expect(tp.get('sys_enter_msync')).toBe(grepCount(' syscalls:sys_enter_msync: '));
    expect(tp.get('jbd2_run_stats')).toBe(grepCount(' jbd2:jbd2_run_stats: '));
    // perf 6.1 printed jbd2_run_stats as `[FAILED TO PARSE] dev=7340032 ... blocks_logged=9`.
    const rs = events.filter((e) => e.type === 'journal_run_stats');
    expect(rs.length).toBe(tp.get('jbd2_run_stats'));
    expect(rs[0]!.data).toMatchObject({
      dev: 7340032,
      tid: 106,
      handleCount: 543,
      blocks: 7,
      blocksLogged: 9,
    });
    // running=0x3b1 jiffies at HZ=250 -> 3780 ms.
    expect(rs[0]!.data).toMatchObject({ runningMs: 3780, loggingMs: 8 });
  });
});
