// ftrace text written by other projects' parser tests (perfetto, Trace Compass): every line is
// read, with the right comm, pid, tgid, cpu and timestamp; unmodelled events are kept as generic.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureReader } from '../../../ingest/index.js';
import { keyValues } from '../../../ingest/normalize/normalize.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { PEER } from './helpers.js';
import { referenceParse } from './reference-parser.js';

const files = ['perfetto', 'tracecompass'].flatMap((d) =>
  readdirSync(join(PEER, d)).map((f) => join(PEER, d, f)),
);

async function readAll(path: string): Promise<{ reader: CaptureReader; events: CanonicalEvent[] }> {
  const reader = new CaptureReader(path);
  const events: CanonicalEvent[] = [];
  for await (const b of reader.batches()) events.push(...b);
  return { reader, events };
}

describe('peer traces', () => {
  for (const path of files) {
    it(`${path.slice(PEER.length + 1)}: every line read, context fields right`, async () => {
      const ref = referenceParse(path, false);
      const { reader, events } = await readAll(path);
      const st = reader.stats;
      expect(st.malformed).toBe(0);
      expect(st.eventLines).toBe(ref.events.length);
      // Lines the reference regex does not take are exactly the continuation lines.
      expect(st.continuation).toBe(ref.other.length);
      const byLine = new Map(events.filter((e) => e.line > 0).map((e) => [e.line, e]));
      for (const r of ref.events) {
        const e = byLine.get(r.line);
        expect(e, `line ${r.line}`).toBeDefined();
        expect({ comm: e!.comm, pid: e!.pid, tgid: e!.tgid, cpu: e!.cpu, ts: e!.ts }).toEqual({
          comm: r.comm,
          pid: r.pid,
          tgid: r.tgid,
          cpu: r.cpu,
          ts: r.ts,
        });
      }
    });
  }

  it('reads the awkward context columns as written', async () => {
    const crit = (await readAll(join(PEER, 'tracecompass/trace-critical-path'))).events;
    expect(crit.find((e) => e.comm === 'Web Content')).toMatchObject({
      pid: 2711,
      cpu: 3,
      tgid: -1,
    });
    const bad = await readAll(join(PEER, 'perfetto/bad_print.systrace'));
    expect(bad.events[1]).toMatchObject({
      comm: '<...>',
      pid: 882,
      tgid: 882,
      cpu: 3,
      ts: 10852771186000n,
    });
    const blocked = (await readAll(join(PEER, 'perfetto/sched_blocked_systrace.systrace'))).events;
    expect(blocked[1]).toMatchObject({ comm: '<idle>', pid: 0, tgid: -1, cpu: 6, type: 'generic' });
    const unknown = (await readAll(join(PEER, 'perfetto/unknown_thread_name.systrace'))).events;
    expect(unknown[2]).toMatchObject({ comm: '<...>', pid: 19999, cpu: 1, ts: 1234000002000n });
    const graph = await readAll(join(PEER, 'tracecompass/trace-func-graph'));
    expect(graph.reader.stats.format).toBe('trace-cmd');
    expect(graph.events[1]).toMatchObject({
      comm: 'trace-cmd',
      pid: 11809,
      cpu: 3,
      type: 'generic',
    });
    expect(graph.events[1]!.data).toMatchObject({
      name: 'funcgraph_entry',
      fields: [
        ['func', '0xffffffffba5ddc00'],
        ['depth', '0'],
      ],
    });
  });

  it('keeps bad_print continuation lines with their event and reports them', async () => {
    const { reader, events } = await readAll(join(PEER, 'perfetto/bad_print.systrace'));
    const st = reader.stats;
    expect(st.continuation).toBe(2);
    expect(st.malformed).toBe(0);
    expect(st.issues.map((i) => i.line)).toEqual([2, 3]);
    expect(st.issues[0]!.reason).toMatch(/continuation of the multi-line payload of line 1/);
    const first = events[1]!;
    expect(first.type).toBe('generic');
    if (first.type === 'generic') {
      expect(first.data.name).toBe('event');
      expect(first.data.raw).toBe(
        'event: abc xyz =0x34 clk id = 019\nsome = 000, other = 0x4\nxyz = 0x0 abc = 0x0',
      );
      // The fields are split from the first line alone, as for a one-line event.
      expect(first.data.fields).toEqual(keyValues('event: abc xyz =0x34 clk id = 019'));
    }
    expect(events.slice(2).map((e) => e.type)).toEqual(['marker', 'marker']);
  });

  it('reads the legacy syscall tracer format: bare values are hex, returns signed', async () => {
    const { events, reader } = await readAll(join(PEER, 'tracecompass/ftrace_syscalls.txt'));
    expect(reader.stats.byTracepoint.get('sys_exit_recvmsg')).toBeGreaterThan(0);
    // `sys_ioctl(fd: ff, cmd: 5410, arg: 7ffe0babe8fc)`: ff is 255, not 'ff' decimal garbage.
    const ioctl = events.find((e) => e.line === 3)!;
    expect(ioctl.data).toMatchObject({
      name: 'sys_enter_ioctl',
      fields: [
        ['fd', '0xff'],
        ['cmd', '0x5410'],
        ['arg', '0x7ffe0babe8fc'],
      ],
    });
    // `sys_recvmsg -> 0xfffffffffffffff5` is -11 (EAGAIN).
    const recv = events.find((e) => e.line === 5)!;
    expect(recv.data).toMatchObject({ name: 'sys_exit_recvmsg', fields: [['ret', '-11']] });
    // mmap is modelled: its exit is a syscall_exit.
    expect(events.some((e) => e.type === 'syscall_exit' && e.data.syscall === 'mmap')).toBe(true);
  });
});
