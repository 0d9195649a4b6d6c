import { describe, expect, it } from 'vitest';
import {
  CAPTURE_SET,
  parseEventList,
  parseKernelRelease,
  selectEvents,
  type DeviceFilter,
} from '../../../ingest/capture/index.js';
import { ReplayError } from '../../../src/errors.js';

// Fake `available_events` lists, written from KERNEL.md A.2-A.10 for each kernel generation.
const common = [
  'exceptions:page_fault_user',
  'exceptions:page_fault_kernel',
  'syscalls:sys_enter_msync',
  'syscalls:sys_exit_msync',
  'syscalls:sys_enter_mmap',
  'syscalls:sys_exit_mmap',
  'writeback:writeback_mark_inode_dirty',
  'writeback:writeback_start',
  'ext4:ext4_writepages',
  'jbd2:jbd2_start_commit',
  'block:block_rq_issue',
  'sched:sched_switch',
];
const k510 = [
  ...common,
  'writeback:writeback_dirty_page',
  'writeback:wait_on_page_writeback',
  'ext4:ext4_da_write_pages',
  'xfs:xfs_filemap_fault',
  'iomap:iomap_writepage',
];
const k61 = [
  ...common,
  'writeback:writeback_dirty_folio',
  'writeback:folio_wait_writeback',
  'ext4:ext4_da_write_pages',
  'xfs:xfs_filemap_fault',
  'iomap:iomap_writepage',
];
const k618 = [
  ...common,
  'writeback:writeback_dirty_folio',
  'writeback:folio_wait_writeback',
  'ext4:ext4_da_write_folios_start',
  'ext4:ext4_da_write_folios_end',
  'ext4:ext4_da_write_pages_extent',
  'xfs:xfs_write_fault',
  'xfs:xfs_read_fault',
  'iomap:iomap_writeback_folio',
  'iomap:iomap_add_to_ioend',
  'filemap:mm_filemap_fault',
  'timestamp:ctime_ns_xchg',
  'timestamp:ctime_xchg_skip',
  'timestamp:fill_mg_cmtime',
];

const names = (available: string[], kernel: string): string[] =>
  selectEvents({ available: new Set(available), kernel }).events.map((e) => e.event);

describe('selectEvents: renames per kernel', () => {
  it('uses the pre-folio names on 5.10', () => {
    const got = names(k510, '5.10.0-28-amd64');
    expect(got).toContain('writeback:writeback_dirty_page');
    expect(got).toContain('writeback:wait_on_page_writeback');
    expect(got).toContain('ext4:ext4_da_write_pages');
    expect(got).toContain('xfs:xfs_filemap_fault');
    expect(got).toContain('iomap:iomap_writepage');
    expect(got).not.toContain('writeback:writeback_dirty_folio');
  });

  it('uses folio writeback names with the old ext4/xfs/iomap names on 6.1', () => {
    const got = names(k61, '6.1.0-18-amd64');
    expect(got).toContain('writeback:writeback_dirty_folio');
    expect(got).toContain('writeback:folio_wait_writeback');
    expect(got).not.toContain('writeback:writeback_dirty_page');
    expect(got).toContain('ext4:ext4_da_write_pages');
    expect(got).toContain('xfs:xfs_filemap_fault');
    expect(got).toContain('iomap:iomap_writepage');
  });

  it('uses the 6.18 names and the timestamp events', () => {
    const got = names(k618, '6.18.44-fc-v769');
    for (const n of [
      'ext4:ext4_da_write_folios_start',
      'ext4:ext4_da_write_folios_end',
      'xfs:xfs_write_fault',
      'xfs:xfs_read_fault',
      'iomap:iomap_writeback_folio',
      'timestamp:ctime_ns_xchg',
      'timestamp:fill_mg_cmtime',
    ]) {
      expect(got).toContain(n);
    }
    expect(got).not.toContain('ext4:ext4_da_write_pages');
    expect(got).not.toContain('xfs:xfs_filemap_fault');
  });

  it('prefers the new name when a kernel lists both', () => {
    const got = names(
      [...k618, 'writeback:writeback_dirty_page', 'xfs:xfs_filemap_fault'],
      '6.18.1',
    );
    expect(got).toContain('writeback:writeback_dirty_folio');
    expect(got).not.toContain('writeback:writeback_dirty_page');
    expect(got).not.toContain('xfs:xfs_filemap_fault');
  });

  it('skips timestamp:* before 6.13 even if listed', () => {
    expect(names(k618, '6.12.117').filter((n) => n.startsWith('timestamp:'))).toEqual([]);
  });

  it('selects only available events, each logical event once, never unrelated ones', () => {
    const avail = new Set(k618);
    const sel = selectEvents({ available: avail, kernel: '6.18.44' });
    const got = sel.events.map((e) => e.event);
    expect(got.every((n) => avail.has(n))).toBe(true);
    expect(new Set(got).size).toBe(got.length);
    expect(got).not.toContain('sched:sched_switch');
    // every spec either selected one of its names or is reported missing
    const specsHit = CAPTURE_SET.filter((s) => s.names.some((n) => got.includes(n))).length;
    expect(specsHit + sel.missing.length).toBe(CAPTURE_SET.length);
  });

  it('warns when a required event is missing', () => {
    const sel = selectEvents({ available: new Set(['syscalls:sys_enter_msync']), kernel: '6.1.0' });
    expect(sel.warnings.join('\n')).toMatch(/page_fault_user/);
    expect(sel.warnings.join('\n')).toMatch(
      /writeback_dirty_folio \/ writeback:writeback_dirty_page/,
    );
  });
});

describe('selectEvents: filters', () => {
  const device: DeviceFilter = { dev: 7 * 2 ** 20 + 2, diskDev: 7 * 2 ** 20 + 2, bdiName: '7:2' };
  const part: DeviceFilter = { dev: 8 * 2 ** 20 + 1, diskDev: 8 * 2 ** 20, bdiName: '8:0' };
  const sel = (d: DeviceFilter, pids: number[]) =>
    new Map(
      selectEvents({ available: new Set(k618), kernel: '6.18.44', pids, device: d }).events.map(
        (e) => [e.event, e.filter],
      ),
    );

  it('filters faults and syscalls by common_pid, devices by their field', () => {
    const f = sel(device, [12, 34]);
    expect(f.get('exceptions:page_fault_user')).toBe('common_pid == 12 || common_pid == 34');
    expect(f.get('syscalls:sys_exit_msync')).toBe('common_pid == 12 || common_pid == 34');
    expect(f.get('filemap:mm_filemap_fault')).toBe('s_dev == 7340034');
    expect(f.get('writeback:writeback_dirty_folio')).toBe('name == "7:2"');
    expect(f.get('ext4:ext4_writepages')).toBe('dev == 7340034');
    expect(f.get('timestamp:ctime_ns_xchg')).toBe('dev == 7340034');
  });

  it('adds comm filters (exact or glob) to the pid filter of faults and syscalls only', () => {
    const s = selectEvents({
      available: new Set(k618),
      kernel: '6.18.44',
      pids: [7],
      comms: ['mmwork', 'pg*'],
    });
    const f = new Map(s.events.map((e) => [e.event, e.filter]));
    expect(f.get('exceptions:page_fault_user')).toBe(
      'common_pid == 7 || comm == "mmwork" || comm ~ "pg*"',
    );
    expect(f.get('syscalls:sys_enter_msync')).toBe(f.get('exceptions:page_fault_user'));
    expect(f.get('ext4:ext4_writepages')).toBe('');
  });

  it('leaves the capture process out when no task filter is given', () => {
    const s = selectEvents({ available: new Set(k618), kernel: '6.18.44', excludePids: [99] });
    const f = new Map(s.events.map((e) => [e.event, e.filter]));
    expect(f.get('exceptions:page_fault_user')).toBe('common_pid != 99');
    expect(f.get('writeback:writeback_dirty_folio')).toBe('');
    const withPid = selectEvents({
      available: new Set(k618),
      kernel: '6.18.44',
      pids: [5],
      excludePids: [99],
    });
    expect(withPid.events[0]?.filter).toBe('common_pid == 5');
  });

  it('uses the whole disk for block events and the bdi name of a partition', () => {
    const f = sel(part, []);
    expect(f.get('block:block_rq_issue')).toBe(`dev == ${8 * 2 ** 20}`);
    expect(f.get('ext4:ext4_writepages')).toBe(`dev == ${8 * 2 ** 20 + 1}`);
    expect(f.get('writeback:writeback_start')).toBe('name == "8:0"');
    expect(f.get('exceptions:page_fault_user')).toBe('');
  });

  it('drops a device filter whose field the event lacks, with a warning', () => {
    const s = selectEvents({
      available: new Set(k618),
      kernel: '6.18.44',
      device,
      fieldsOf: (e) => (e === 'ext4:ext4_writepages' ? new Set(['ino', 'nr_to_write']) : undefined),
    });
    expect(s.events.find((e) => e.event === 'ext4:ext4_writepages')?.filter).toBe('');
    expect(s.warnings.some((w) => w.includes("ext4:ext4_writepages has no 'dev' field"))).toBe(
      true,
    );
    expect(s.events.find((e) => e.event === 'ext4:ext4_writepages_result')).toBeUndefined();
  });

  it('honours an explicit list, keeping filter kinds of known events', () => {
    const s = selectEvents({
      available: new Set(k618),
      kernel: '6.18.44',
      pids: [5],
      explicit: ['exceptions:page_fault_user', 'sched:sched_switch', 'nope:nothing'],
    });
    expect(s.events).toEqual([
      { event: 'exceptions:page_fault_user', filter: 'common_pid == 5', kind: 'pid' },
      { event: 'sched:sched_switch', filter: '', kind: 'none' },
    ]);
    expect(s.missing).toEqual(['nope:nothing']);
  });
});

describe('parseEventList / parseKernelRelease', () => {
  it('parses lists and rejects bad names', () => {
    expect(parseEventList('auto')).toBe('auto');
    expect(parseEventList('a:b, c:d_e')).toEqual(['a:b', 'c:d_e']);
    expect(() => parseEventList('writeback_dirty_folio')).toThrow(/not a 'system:event' name/);
    expect(() => parseEventList(',')).toThrow(ReplayError);
  });
  it('parses releases', () => {
    expect(parseKernelRelease('6.18.44-fc-v769')).toEqual([6, 18, 44]);
    expect(parseKernelRelease('5.10')).toEqual([5, 10, 0]);
    expect(parseKernelRelease('weird')).toEqual([0, 0, 0]);
  });
});
