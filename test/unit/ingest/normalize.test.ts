// Normalisation of single lines (KERNEL.md A.1-A.13): bases of inode numbers per event, the
// three dev_t styles, renamed tracepoints, the three syscall print styles, inode flags as names
// or per-kernel hex, caller symbols, timestamp forms and lost-event lines. Expected values are
// worked out by hand from the kernel's print formats quoted in KERNEL.md.
import { describe, expect, it } from 'vitest';
import { makeDev } from '../../../src/events/index.js';
import { keyValues } from '../../../ingest/normalize/normalize.js';
import { readLines } from './helpers.js';

const F = (event: string, ts = '480.331503', comm = 'mmapw', pid = 8513): string =>
  `${comm.padStart(16)}-${String(pid).padEnd(7)} [000] .....   ${ts}: ${event}`;

async function one(
  line: string,
  format: 'ftrace' | 'trace-cmd' | 'perf' = 'ftrace',
  kernel?: '6.1' | '6.12' | '6.18',
) {
  const { events, reader } = await readLines([line], { format, ...(kernel ? { kernel } : {}) });
  expect(reader.stats.malformed).toBe(0);
  expect(events.length).toBe(2);
  return { e: events[1]!, stats: reader.stats };
}

describe('inode numbers and devices', () => {
  it('filemap prints ino in hex without 0x and dev as maj:min', async () => {
    const { e } = await one(F('mm_filemap_fault: dev=254:0 ino=20c4f3 ofs=12288'));
    expect(e).toMatchObject({
      type: 'filemap_fault',
      data: { dev: makeDev(254, 0), ino: 0x20c4f3, offset: 12288, mapPages: false },
    });
  });
  it('map_pages carries the fault-around range', async () => {
    const { e } = await one(F('mm_filemap_map_pages: dev=7:2 ino=c ofs=0-16383'));
    expect(e.data).toMatchObject({ ino: 12, offset: 0, endOffset: 16383, mapPages: true });
  });
  it('writeback prints ino in decimal and dev as the bdi name', async () => {
    const { e } = await one(F('writeback_dirty_folio: bdi 7:0: ino=19 index=70'));
    expect(e).toMatchObject({
      type: 'page_dirtied',
      data: { dev: makeDev(7, 0), ino: 19, index: 70, legacyPageEvent: false },
    });
  });
  it('ext4 and jbd2 print dev as maj,min; same dev_t as maj:min', async () => {
    const { e } = await one(F('ext4_sync_file_enter: dev 7,2 ino 12 parent 2 datasync 1 '));
    expect(e).toMatchObject({
      type: 'fs_sync',
      data: { dev: makeDev(7, 2), ino: 12, datasync: true, phase: 'enter' },
    });
    expect(makeDev(7, 2)).toBe(7340034);
  });
  it('xfs prints ino as 0x%llx', async () => {
    const { e } = await one(F('xfs_write_fault: dev 7:4 ino 0x83 order 0'));
    expect(e).toMatchObject({
      type: 'xfs_fault',
      data: { dev: makeDev(7, 4), ino: 131, order: 0, write: true },
    });
  });
  it('dax prints ino as %#lx and the NEEDDSYNC result', async () => {
    const { e } = await one(
      F(
        'dax_pte_fault_done: dev 259:0 ino 0xc shared WRITE|ALLOW_RETRY|KILLABLE|USER address 0x7f4ea0001000 pgoff 0x1 NEEDDSYNC',
      ),
    );
    expect(e).toMatchObject({
      type: 'dax_fault',
      data: {
        dev: makeDev(259, 0),
        ino: 12,
        shared: true,
        faultFlags: 'WRITE|ALLOW_RETRY|KILLABLE|USER',
        address: 0x7f4ea0001000n,
        pgoff: 1,
        result: 'NEEDDSYNC',
        pmd: false,
      },
    });
  });
  it('timestamp events print dev:ino:gen in decimal and unpadded nanoseconds', async () => {
    const { e } = await one(F('ctime_xchg_skip: ino=7:4:132:1425071124 ctime=1795313417.39579604'));
    expect(e).toMatchObject({
      type: 'timestamp',
      data: {
        dev: makeDev(7, 4),
        ino: 132,
        gen: 1425071124,
        kind: 'ctime_xchg_skip',
        ctimeSec: 1795313417,
        ctimeNsec: 39579604,
      },
    });
    const q = await one(
      F('ctime_ns_xchg: ino=7:2:13:2673291454 old=27550305:Q new=111561751 cur=27550305:Q'),
    );
    expect(q.e.data).toMatchObject({ ino: 13, ctimeNsec: 111561751, queried: true });
  });
});

describe('renamed tracepoints', () => {
  it('writeback_dirty_page (< 5.16) -> page_dirtied with legacyPageEvent', async () => {
    const { e, stats } = await one(F('writeback_dirty_page: bdi 8:0: ino=5 index=3'));
    expect(e).toMatchObject({
      type: 'page_dirtied',
      data: { ino: 5, index: 3, legacyPageEvent: true },
    });
    expect(stats.byTracepoint.get('writeback_dirty_page')).toBe(1);
  });
  it('wait_on_page_writeback -> writeback_wait', async () => {
    const { e } = await one(F('wait_on_page_writeback: bdi 8:0: ino=5 index=3'));
    expect(e).toMatchObject({
      type: 'writeback_wait',
      data: { dev: makeDev(8, 0), ino: 5, index: 3 },
    });
  });
  it('ext4_da_write_pages (6.1 first_page) -> writepages_start', async () => {
    const { e } = await one(
      F('ext4_da_write_pages: dev 8,1 ino 12 first_page 3 nr_to_write 5 sync_mode 1'),
    );
    expect(e).toMatchObject({
      type: 'writepages_start',
      data: {
        ino: 12,
        rangeStart: 3 * 4096,
        nrToWrite: 5,
        syncMode: 1,
        source: 'ext4_da_write_folios',
      },
    });
  });
  it('xfs_filemap_fault (<= 6.5 with PTE/PMD, 6.6-6.12 with order) -> xfs_fault', async () => {
    const a = await one(F('xfs_filemap_fault: dev 8:16 ino 0x43 PMD write_fault 1'));
    expect(a.e).toMatchObject({ type: 'xfs_fault', data: { ino: 0x43, order: 9, write: true } });
    const b = await one(F('xfs_filemap_fault: dev 8:16 ino 0x43 order 2 write_fault 0'));
    expect(b.e).toMatchObject({ type: 'xfs_fault', data: { ino: 0x43, order: 2, write: false } });
  });
  it('iomap_writepage -> iomap_writeback folio', async () => {
    const { e } = await one(
      F('iomap_writepage: dev 7:4 ino 0x83 size 0x4000 offset 0x0 length 0x1000'),
    );
    expect(e).toMatchObject({
      type: 'iomap_writeback',
      data: { ino: 131, size: 0x4000, offset: 0, length: 0x1000, phase: 'folio' },
    });
  });
});

describe('syscalls: three print styles, one event', () => {
  const expected = {
    type: 'msync_enter',
    data: { start: 0x7f484b6a7000n, len: 0x4000n, flags: 4 },
  };
  it('6.18 ftrace: 0x values, small values bare', async () => {
    const { e, stats } = await one(F('sys_msync(start: 0x7f484b6a7000, len: 0x4000, flags: 4)'));
    expect(e).toMatchObject(expected);
    expect(stats.byTracepoint.get('sys_enter_msync')).toBe(1);
  });
  it('<= 6.12 ftrace: bare values are hex', async () => {
    const { e } = await one(F('sys_msync(start: 7f484b6a7000, len: 4000, flags: 4)'));
    expect(e).toMatchObject(expected);
  });
  it('trace-cmd / perf: the format-file 0x%08lx style', async () => {
    const { e } = await one(
      '           mmapw-8513  [000]   480.331503: sys_enter_msync:      start: 0x7f484b6a7000, len: 0x00004000, flags: 0x00000004',
      'trace-cmd',
    );
    expect(e).toMatchObject(expected);
    const p = await one(
      '           mmapw  8513 [000]   480.331503:    syscalls:sys_enter_msync: start: 0x7f484b6a7000, len: 0x00004000, flags: 0x00000004',
      'perf',
    );
    expect(p.e).toMatchObject(expected);
  });
  it('exits: `sys_msync -> 0x0` and `sys_exit_msync: 0x0`; returns are signed', async () => {
    const a = await one(F('sys_msync -> 0x0'));
    expect(a.e).toMatchObject({ type: 'syscall_exit', data: { syscall: 'msync', ret: 0n } });
    expect(a.stats.byTracepoint.get('sys_exit_msync')).toBe(1);
    const b = await one(
      '           mmapw-8513  [000]   480.331503: sys_exit_msync:       0x0',
      'trace-cmd',
    );
    expect(b.e).toMatchObject({ type: 'syscall_exit', data: { syscall: 'msync', ret: 0n } });
    const c = await one(F('sys_mmap -> 0xfffffffffffffff4'));
    expect(c.e.data).toMatchObject({ syscall: 'mmap', ret: -12n });
    const d = await one(F('sys_mmap -> 0x7fca816496c0'));
    expect(d.e.data).toMatchObject({ ret: 0x7fca816496c0n });
  });
  it('mmap: fd 0xffffffff is -1; MAP_SYNC flags kept', async () => {
    const { e } = await one(
      F('sys_mmap(addr: 0, len: 0x2000, prot: 3, flags: 0x80003, fd: 0xffffffff, off: 0)'),
    );
    expect(e).toMatchObject({
      type: 'mmap_enter',
      data: { addr: 0n, len: 0x2000n, prot: 3, flags: 0x80003, fd: -1, off: 0n },
    });
  });
  it('fsync, fdatasync, munmap, mlock2, fallocate', async () => {
    expect((await one(F('sys_fdatasync(fd: 5)'))).e).toMatchObject({
      type: 'fsync_enter',
      data: { fd: 5, datasync: true, syscall: 'fdatasync' },
    });
    expect((await one(F('sys_fsync(fd: 4)'))).e).toMatchObject({
      type: 'fsync_enter',
      data: { fd: 4, datasync: false, syscall: 'fsync' },
    });
    expect((await one(F('sys_munmap(addr: 0x7f715ad09000, len: 0x4000)'))).e).toMatchObject({
      type: 'munmap_enter',
      data: { addr: 0x7f715ad09000n, len: 0x4000n },
    });
    expect(
      (await one(F('sys_mlock2(start: 0x7f0000000000, len: 0x10000, flags: 1)'))).e,
    ).toMatchObject({
      type: 'mlock_enter',
      data: { start: 0x7f0000000000n, len: 0x10000n, flags: 1, syscall: 'mlock2' },
    });
    expect(
      (await one(F('sys_fallocate(fd: 3, mode: 0, offset: 0, len: 0x800000)'))).e,
    ).toMatchObject({
      type: 'fallocate_enter',
      data: { fd: 3, mode: 0, offset: 0, len: 0x800000 },
    });
  });
  it('unmodelled syscalls stay generic with canonical hex arguments', async () => {
    const { e, stats } = await one(
      F('sys_openat(dfd: 0xffffff9c, filename: 0x7ffc817fdba8, flags: 0x80000, mode: 0)'),
    );
    expect(e).toMatchObject({
      type: 'generic',
      data: {
        name: 'sys_enter_openat',
        subsystem: 'syscalls',
        fields: [
          ['dfd', '0xffffff9c'],
          ['filename', '0x7ffc817fdba8'],
          ['flags', '0x80000'],
          ['mode', '0x0'],
        ],
      },
    });
    expect(stats.unknown).toBe(1);
  });
});

describe('inode flags: names (ftrace) or per-kernel hex (trace-cmd, perf)', () => {
  const line = (state: string, flags: string) =>
    `           mmwork-9956  [001]   510.604179: writeback_mark_inode_dirty: bdi 7:0: ino=19 state=${state} flags=${flags}`;
  it('names decode to normalised bits, raw bits from the kernel table', async () => {
    const { e } = await one(
      F(
        'writeback_mark_inode_dirty: bdi 7:0: ino=19 state=I_DIRTY_SYNC|I_DIRTY_PAGES flags=I_DIRTY_SYNC|I_DIRTY_TIME',
      ),
    );
    expect(e.data).toMatchObject({
      state: 1 | 4,
      flags: 1 | 8,
      rawState: 0x10 | 0x40,
      rawFlags: 0x10 | 0x1000,
      stage: 'mark_inode_dirty',
    });
  });
  it('an empty state is 0', async () => {
    const { e } = await one(
      F('writeback_dirty_inode_start: bdi 254:0: ino=262432 state= flags=I_DIRTY_SYNC'),
    );
    expect(e.data).toMatchObject({ state: 0, rawState: 0, flags: 1, stage: 'dirty_inode_start' });
  });
  it('hex with the 6.18 table (default)', async () => {
    const { e } = await one(line('0x70', '0x10'), 'trace-cmd');
    expect(e.data).toMatchObject({ state: 1 | 2 | 4, flags: 1, rawState: 0x70, rawFlags: 0x10 });
  });
  it('hex with the 6.12 and 6.1 tables', async () => {
    const a = await one(line('0x28', '0x8'), 'trace-cmd', '6.12');
    expect(a.e.data).toMatchObject({ state: 1 | 4, flags: 1 });
    const b = await one(line('0x5', '0x1'), 'trace-cmd', '6.1');
    expect(b.e.data).toMatchObject({ state: 1 | 4, flags: 1 });
  });
  it('trace-cmd/perf print a lone I_DIRTY_SYNC for 0 (A.12); ftrace means it', async () => {
    const a = await one(line('I_DIRTY_SYNC', '0x40'), 'trace-cmd');
    expect(a.e.data).toMatchObject({ state: 0, flags: 4 });
    const b = await one(
      F('writeback_mark_inode_dirty: bdi 7:0: ino=19 state=I_DIRTY_SYNC flags=I_DIRTY_PAGES'),
    );
    expect(b.e.data).toMatchObject({ state: 1, flags: 4 });
  });
  it('unknown bits are flagged UNRESOLVED, not dropped', async () => {
    const { e } = await one(line('0x80000000', '0x10'), 'trace-cmd');
    expect(e.type === 'inode_dirtied' && e.data.state >>> 0).toBe(0x80000000);
  });
});

describe('other fields', () => {
  it('caller: ftrace sym+off/len and trace-cmd sym+off give the same symbol', async () => {
    const a = await one(
      F('ext4_mark_inode_dirty: dev 7,2 ino 12 caller ext4_dirty_inode+0x57/0x90'),
    );
    const b = await one(
      '           mmapw-8513  [000]   480.331503: ext4_mark_inode_dirty: dev 7,2 ino 12 caller ext4_dirty_inode+0x57',
      'trace-cmd',
    );
    expect(a.e).toMatchObject({
      type: 'inode_marked_dirty',
      data: { dev: makeDev(7, 2), ino: 12, caller: 'ext4_dirty_inode' },
    });
    expect(b.e.data).toEqual(a.e.data);
  });
  it('page faults: bigint address and ip', async () => {
    const { e } = await one(
      F('page_fault_user: address=0x7f484b6a7000 ip=0x557b93ea73d4 error_code=0x7'),
    );
    expect(e).toMatchObject({
      type: 'page_fault',
      data: { address: 0x7f484b6a7000n, ip: 0x557b93ea73d4n, errorCode: 7, user: true },
    });
    const k = await one(
      F(
        'page_fault_kernel: address=0xffff888012345678 ip=rep_movs_alternative+0x4a/0x70 error_code=0x2',
      ),
    );
    expect(k.e).toMatchObject({
      type: 'page_fault',
      data: { address: 0xffff888012345678n, ip: 0n, errorCode: 2, user: false },
    });
    // A symbol that starts with hex letters is still a symbol (real line, btrfs fixture, 6.18).
    const elf = await one(
      F('page_fault_kernel: address=0x5618532c00a0 ip=elf_load error_code=0x2'),
    );
    expect(elf.e).toMatchObject({
      type: 'page_fault',
      data: { address: 0x5618532c00a0n, ip: 0n, errorCode: 2, user: false },
    });
  });
  it('block requests with and without the bytes field; reservations with the missing space', async () => {
    const a = await one(F('block_rq_issue: 7,2 WS 16384 () 270832 + 32 be,0,4 [mmapw]'));
    expect(a.e).toMatchObject({
      type: 'block_request',
      data: {
        dev: makeDev(7, 2),
        rwbs: 'WS',
        bytes: 16384,
        sector: 270832,
        nrSector: 32,
        phase: 'issue',
      },
    });
    const b = await one(F('block_rq_complete: 7,2 WSM () 1051560 + 40 be,0,3 [0]'));
    expect(b.e.data).toMatchObject({
      rwbs: 'WSM',
      bytes: 40 * 512,
      sector: 1051560,
      phase: 'complete',
      error: 0,
    });
    const c = await one(
      F(
        'ext4_da_reserve_space: dev 7,2 ino 12 mode 0100644 i_blocks 0 reserve_blocks 1reserved_data_blocks 2',
      ),
    );
    expect(c.e).toMatchObject({
      type: 'block_reservation',
      data: { ino: 12, blocks: 1, count: 2 },
    });
  });
  it('jbd2 handles, commits and run stats', async () => {
    expect(
      (
        await one(
          F(
            'jbd2_handle_stats: dev 7,2 tid 62 type 1 line_no 6022 interval 0 sync 0 requested_blocks 4 dirtied_blocks 2',
          ),
        )
      ).e,
    ).toMatchObject({
      type: 'journal_handle',
      data: {
        tid: 62,
        type: 1,
        lineNo: 6022,
        requestedBlocks: 4,
        dirtiedBlocks: 2,
        phase: 'stats',
      },
    });
    expect((await one(F('jbd2_end_commit: dev 7,2 transaction 62 sync 0 head 2'))).e).toMatchObject(
      {
        type: 'journal_commit',
        data: { tid: 62, sync: false, phase: 'end', head: 2 },
      },
    );
    expect(
      (
        await one(
          F(
            'jbd2_run_stats: dev 7,2 tid 2 wait 0 request_delay 0 running 0 locked 0 flushing 0 logging 8 handle_count 4 blocks 6 blocks_logged 8',
          ),
        )
      ).e,
    ).toMatchObject({
      type: 'journal_run_stats',
      data: { tid: 2, loggingMs: 8, handleCount: 4, blocks: 6, blocksLogged: 8 },
    });
  });
  it('writeback work keeps the reason; markers keep their text', async () => {
    const w = await one(
      F(
        'writeback_start: bdi 7:2: sb_dev 0:0 nr_pages=94597 sync_mode=0 kupdate=1 range_cyclic=1 background=0 reason=periodic cgroup_ino=1',
      ),
    );
    expect(w.e).toMatchObject({
      type: 'writeback_work',
      data: {
        dev: makeDev(7, 2),
        nrPages: 94597,
        kupdate: true,
        background: false,
        reason: 'periodic',
        phase: 'start',
      },
    });
    const m = await one(
      F('tracing_mark_write: STEP 1 read fault on shared file mapping (prealloc)'),
    );
    expect(m.e).toMatchObject({
      type: 'marker',
      data: { text: 'STEP 1 read fault on shared file mapping (prealloc)' },
    });
  });
  it('unmodelled events become generic with key/values; a modelled event with a foreign payload is reported', async () => {
    const g = await one(
      F(
        'sched_switch: prev_comm=foo prev_pid=269 prev_prio=120 prev_state=D ==> next_comm=bar next_pid=0 next_prio=130',
      ),
    );
    expect(g.e).toMatchObject({ type: 'generic', data: { name: 'sched_switch' } });
    expect(g.e.type === 'generic' && g.e.data.fields).toContainEqual(['next_comm', 'bar']);
    expect(g.stats.unknown).toBe(1);
    const { events, reader } = await readLines([
      F('writeback_dirty_folio: something else entirely'),
    ]);
    expect(events[1]).toMatchObject({
      type: 'generic',
      line: 1,
      data: { name: 'writeback_dirty_folio' },
    });
    expect(reader.stats.payloadMismatch).toBe(1);
    expect(reader.stats.issues[0]).toMatchObject({
      line: 1,
      reason: expect.stringMatching(/does not match/) as unknown,
    });
  });
});

describe('timestamps: two integers, never a float', () => {
  it('µs, ns and large (tai) seconds', async () => {
    const { events } = await readLines([
      F('page_fault_user: address=0x1 ip=0x1 error_code=0x6', '480.331503'),
      F('page_fault_user: address=0x1 ip=0x1 error_code=0x6', '510.599257123'),
      F('page_fault_user: address=0x1 ip=0x1 error_code=0x6', '1795312929.980029'),
    ]);
    expect(events.slice(1).map((e) => e.ts)).toEqual([
      480331503000n,
      510599257123n,
      1795312929980029000n,
    ]);
    expect(events[0]!.data).toMatchObject({ nsClock: true });
  });
  it('integer timestamps of non-ns clocks are raw ticks, and the header says so', async () => {
    const { events } = await readLines([
      F('page_fault_user: address=0x1 ip=0x1 error_code=0x6', '1631607792571'),
      F('page_fault_user: address=0x1 ip=0x1 error_code=0x6', '         3'),
    ]);
    expect(events.slice(1).map((e) => e.ts)).toEqual([1631607792571n, 3n]);
    expect(events[0]!.data).toMatchObject({ nsClock: false });
  });
});

describe('context columns', () => {
  it('comm with spaces and dashes, tgid column, 4-char and missing flags, instance prefix', async () => {
    const { events, reader } = await readLines([
      '    jbd2/loop2-8-8395    [000] .....   480.377708: jbd2_start_commit: dev 7,2 transaction 4 sync 0',
      '     Web Content-2711  [003] d...  26186.336632: sched_waking: comm=Timer pid=2745 prio=120 target_cpu=001',
      '             small-17864   (  17864) [001] .....   648.162694: ext4_mark_inode_dirty: dev 7,2 ino 18 caller __ext4_new_inode+0x18d0/0x1a20',
      '          <idle>-0     (-----) [006] ....    10.258854: sched_wakeup: comm=foo pid=1 prio=120 target_cpu=006',
      '             npm-17738   [000]    648.228982: writeback_dirty_folio: bdi 254:0: ino=2287417 index=65006',
      '      memfd:sealed-91-3398  [000]   524.568864: sys_munmap(addr: 0x7f800041e000, len: 0x1a000)',
    ]);
    expect(reader.stats.malformed).toBe(0);
    expect(events.slice(1).map((e) => [e.comm, e.pid, e.tgid, e.cpu])).toEqual([
      ['jbd2/loop2-8', 8395, -1, 0],
      ['Web Content', 2711, -1, 3],
      ['small', 17864, 17864, 1],
      ['<idle>', 0, -1, 6],
      ['npm', 17738, -1, 0],
      ['memfd:sealed-91', 3398, -1, 0],
    ]);
    const t = await readLines([
      'cpus=2',
      'rsx:            small-18307 [000]   661.625888: page_fault_user:      address=0x7f10dc52bb70 ip=0x7f10dc52bb70 error_code=0x14',
    ]);
    expect(t.reader.stats.format).toBe('trace-cmd');
    expect(t.reader.stats.cpus).toBe(2);
    expect(t.events[1]).toMatchObject({ comm: 'small', pid: 18307, line: 2, type: 'page_fault' });
  });
  it('perf: comm with spaces, pid/tid form, subsystem prefix dropped', async () => {
    const { events, reader } = await readLines([
      '        npm init  9905 [001]   510.599257:   exceptions:page_fault_user: address=0x3449d3bed000 ip=0x10b8392 error_code=0x6',
      '           small 19219/19220 [001]   716.620177112: syscalls:sys_exit_msync: 0x0',
    ]);
    expect(reader.stats.format).toBe('perf');
    expect(events[1]).toMatchObject({
      comm: 'npm init',
      pid: 9905,
      cpu: 1,
      type: 'page_fault',
      ts: 510599257000n,
    });
    expect(events[2]).toMatchObject({
      comm: 'small',
      pid: 19220,
      tgid: 19219,
      type: 'syscall_exit',
      ts: 716620177112n,
    });
  });
});

describe('lost events', () => {
  it('ftrace, trace-cmd forms and buffer-started markers become lost events, summed', async () => {
    const { events, reader } = await readLines([
      F('page_fault_user: address=0x1 ip=0x1 error_code=0x6', '480.000001'),
      'CPU:0 [LOST 192 EVENTS]',
      'CPU:1 [LOST EVENTS]',
      '##### CPU 1 buffer started ####',
      'CPU:1 [1234 EVENTS DROPPED]',
      F('page_fault_user: address=0x1 ip=0x1 error_code=0x6', '480.000002'),
    ]);
    expect(reader.stats.lost).toBe(192 + 1234);
    expect(reader.stats.lostUnknownCount).toBe(2);
    expect(reader.stats.eventLines).toBe(2);
    expect(events.slice(2, 6).map((e) => e.data)).toEqual([
      { cpu: 0, count: 192, countKnown: true, kind: 'lost' },
      { cpu: 1, count: 0, countKnown: false, kind: 'lost' },
      { cpu: 1, count: 0, countKnown: false, kind: 'buffer_started' },
      { cpu: 1, count: 1234, countKnown: true, kind: 'lost' },
    ]);
    expect(events[2]).toMatchObject({ ts: 480000001000n, line: 2 });
    expect(reader.stats.byKind.get('lost')).toBe(4);
  });
});

describe('lost events of perf and trace-cmd headers', () => {
  it('perf --show-lost-events records, alone or after a sample header', async () => {
    const { events, reader } = await readLines([
      '           small 19219 [001]   716.607080:           exceptions:page_fault_user: address=0x1 ip=0x2 error_code=0x6',
      '            perf  9276 [001]   716.607090: PERF_RECORD_LOST lost 9',
      '9777/9888 [006] 716.607095: unknown: PERF_RECORD_LOST lost 7',
      'PERF_RECORD_LOST_SAMPLES lost=3',
    ]);
    expect(reader.stats.malformed).toBe(0);
    expect(reader.stats.lost).toBe(9 + 7 + 3);
    expect(events.slice(2).map((e) => e.data)).toEqual([
      { cpu: 1, count: 9, countKnown: true, kind: 'lost' },
      { cpu: 6, count: 7, countKnown: true, kind: 'lost' },
      { cpu: 0, count: 3, countKnown: true, kind: 'lost' },
    ]);
  });
  it('trace-cmd report with a version line and a dropped-events line', async () => {
    const { events, reader } = await readLines([
      'version = 6',
      'cpus=8',
      'CPU:7 [204600 EVENTS DROPPED]',
      '           <...>-3979  [007]   217.975284: sched_stat_runtime:   comm=Thread-103 pid=3979 runtime=5014167 [ns] vruntime=244334517704 [ns]',
    ]);
    expect(reader.stats.format).toBe('trace-cmd');
    expect(reader.stats.malformed).toBe(0);
    expect(reader.stats.lost).toBe(204600);
    expect(events[2]).toMatchObject({ type: 'generic', comm: '<...>', pid: 3979, cpu: 7 });
  });
});

describe('capture ids and kernel selection', () => {
  it('default capture ids are the file name without gzip and trace suffixes, made safe', async () => {
    const { defaultCaptureId } = await import('../../../ingest/index.js');
    expect(defaultCaptureId('/x/ext4-small-steady.trace.gz')).toBe('ext4-small-steady');
    expect(defaultCaptureId('a/ext4-small-steady.tracecmd-report.gz')).toBe('ext4-small-steady');
    expect(defaultCaptureId('run 1 (copy).perfscript')).toBe('run_1__copy_');
    expect(defaultCaptureId('.gz')).toBe('capture');
  });
  it('a faultreplay-capture header picks the flag table of its kernel and fills the header event', async () => {
    const line =
      '           mmwork-9956    [001] .....   510.604179: writeback_mark_inode_dirty: bdi 7:0: ino=19 state=I_DIRTY_SYNC|I_DIRTY_PAGES flags=I_DIRTY_SYNC';
    const header =
      '# faultreplay-capture: v=1 kernel=6.12.117-amd64 clock=mono hz=250 host=vm started=2026-11-22T02:40:00.000Z pid= dev= buffer_kb=8192 events=';
    const { events } = await readLines([header, line]);
    expect(events[0]!.data).toMatchObject({
      kernel: '6.12.117-amd64',
      clock: 'mono',
      hz: 250,
      host: 'vm',
    });
    // 6.12 bits: I_DIRTY_SYNC 0x8, I_DIRTY_PAGES 0x20.
    expect(events[1]!.data).toMatchObject({
      state: 1 | 4,
      rawState: 0x28,
      flags: 1,
      rawFlags: 0x8,
    });
    const { flagKernelForRelease } = await import('../../../ingest/normalize/inode-flags.js');
    expect(
      ['6.18.44-fc', '6.13.0', '6.1.192', '5.10.0', 'weird'].map(flagKernelForRelease),
    ).toEqual(['6.18', '6.12', '6.1', '6.1', '6.18']);
  });
});

describe('less frequent modelled events', () => {
  it('writeback_single_inode(_start), da_write_folios_end, iomap ioend, page cache, dax pmd', async () => {
    const { events, reader } = await readLines([
      F(
        'writeback_single_inode_start: bdi 7:2: ino=12 state=I_DIRTY_SYNC|I_DIRTY_PAGES|I_SYNC|I_SYNC_QUEUED dirtied_when=4295012297 age=40 index=4 to_write=13312 wrote=0 cgroup_ino=1',
      ),
      F(
        'writeback_single_inode: bdi 7:2: ino=12 state=I_SYNC dirtied_when=4295012297 age=40 index=8 to_write=13308 wrote=4 cgroup_ino=1',
      ),
      F(
        'ext4_da_write_folios_end: dev 254,0 ino 2147957 start_pos 0x2000 next_pos 0x2000 nr_to_write 9223372036854775805 ret 0',
      ),
      F(
        'iomap_add_to_ioend: dev 7:4 ino 0x83 bdev 7:4 pos 0x0 dirty len 0x4000 addr 0xa000 offset 0x0 length 0x4000 type UNWRITTEN (0x3) flags DIRTY (0x2)',
      ),
      F('mm_filemap_add_to_page_cache: dev 7:2 ino c pfn=0x12345 ofs=16384 order=2'),
      F(
        'dax_pmd_fault_done: dev 259:0 ino 0x10 shared WRITE|ALLOW_RETRY address 0x7f0000200000 vm_start 0x7f0000000000 vm_end 0x7f0000400000 pgoff 0x200 max_pgoff 0x3ff FALLBACK',
      ),
    ]);
    expect(reader.stats.payloadMismatch).toBe(0);
    expect(events.slice(1).map((e) => [e.type, e.data])).toEqual([
      [
        'writepages_start',
        {
          dev: makeDev(7, 2),
          ino: 12,
          nrToWrite: 13312,
          rangeStart: 0,
          rangeEnd: 0,
          syncMode: 0,
          forKupdate: false,
          source: 'writeback_single_inode',
        },
      ],
      [
        'writepages_result',
        {
          dev: makeDev(7, 2),
          ino: 12,
          ret: 0,
          pagesWritten: 4,
          syncMode: 0,
          source: 'writeback_single_inode',
        },
      ],
      [
        'writepages_result',
        {
          dev: makeDev(254, 0),
          ino: 2147957,
          ret: 0,
          pagesWritten: 0,
          syncMode: 0,
          source: 'ext4_da_write_folios',
        },
      ],
      [
        'iomap_writeback',
        {
          dev: makeDev(7, 4),
          ino: 131,
          size: 0,
          offset: 0,
          length: 0x4000,
          phase: 'ioend',
          mapType: 'UNWRITTEN',
        },
      ],
      [
        'page_cache',
        { dev: makeDev(7, 2), ino: 12, pfn: 0x12345n, index: 4, order: 2, removed: false },
      ],
      [
        'dax_fault',
        {
          dev: makeDev(259, 0),
          ino: 16,
          address: 0x7f0000200000n,
          pgoff: 0x200,
          shared: true,
          faultFlags: 'WRITE|ALLOW_RETRY',
          result: 'FALLBACK',
          phase: 'dax_pmd_fault_done',
          pmd: true,
        },
      ],
    ]);
  });
});

describe('generic syscall payloads', () => {
  it('fields carry the whole payload; raw only when a quoted user string was printed', async () => {
    const plain = await one(
      F('sys_openat(dfd: 0xffffff9c, filename: 0x7ffc817fdba8, flags: 0x80000, mode: 0)'),
    );
    expect(plain.e.data).toMatchObject({ raw: '' });
    const quoted = await one(F('sys_sethostname(name: 0x5584310eb2a0 "debian", len: 6)'));
    expect(quoted.e.data).toMatchObject({
      name: 'sys_enter_sethostname',
      fields: [
        ['name', '0x5584310eb2a0'],
        ['len', '0x6'],
      ],
      raw: 'name: 0x5584310eb2a0 "debian", len: 6',
    });
    const exit = await one(F('sys_openat -> 0xfffffffffffffffe'));
    expect(exit.e.data).toMatchObject({
      name: 'sys_exit_openat',
      fields: [['ret', '-2']],
      raw: '',
    });
  });
});

describe('unmodelled events', () => {
  it('keep the key/values and text of their own payload, read in place in the block', async () => {
    // Trailing spaces after `key:` would make it a `key: ` pair if the split read past the
    // payload's end into the rest of the line or block.
    const payloads = [
      'bdi 254:0: ino=2146497 sync_mode=0 cgroup_ino=1',
      'a=1 b: 2, c=',
      'k: v,w: x',
      'x=1 y=2 key:',
      'free text without pairs',
      'ends with a colon:',
    ];
    const lines = payloads.flatMap((p, i) => [
      `${F(`unmodelled_event_${i}: ${p}`)}${i % 2 === 0 ? '   ' : ' '}`,
      F('writeback_dirty_folio: bdi 7:0: ino=19 index=70'),
    ]);
    const { events } = await readLines(lines);
    const generic = events.filter((e) => e.type === 'generic');
    expect(generic.map((e) => e.data)).toEqual(
      payloads.map((p, i) => ({
        name: `unmodelled_event_${i}`,
        subsystem: '',
        fields: keyValues(p),
        raw: p,
      })),
    );
  });
});
