// What a capture must hold per filesystem, the btrfs device ids, and the mount table: pure
// selection logic over a real 6.18 `available_events` list and fake sysfs / mountinfo trees.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FS_NEEDS,
  kernelDev,
  missingFsEvents,
  mountOf,
  parseMountInfo,
  resolveDevice,
  selectEvents,
} from '../../../ingest/capture/index.js';
import { repoRoot } from '../../helpers/shared.js';

/** `available_events` of the 6.18.44 kernel the fs fixtures were captured on. */
const AVAILABLE_618 = new Set(
  gunzipSync(
    readFileSync(join(repoRoot, 'test', 'fixtures', 'capture', 'available_events-6.18.44.gz')),
  )
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== ''),
);

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('filesystem needs', () => {
  it('the recommended set on 6.18 meets every need of ext4, XFS and btrfs', () => {
    const sel = selectEvents({ available: AVAILABLE_618, kernel: '6.18.44-fc-v1045' });
    const enabled = sel.events.map((e) => e.event);
    for (const fs of Object.keys(FS_NEEDS)) expect(missingFsEvents(fs, enabled), fs).toEqual([]);
    for (const e of [
      'btrfs:extent_writepage',
      'btrfs:btrfs_ordered_extent_add',
      'btrfs:btrfs_transaction_commit',
      'xfs:xfs_update_time',
      'xfs:xfs_map_blocks_alloc',
      'timestamp:inode_set_ctime_to_ts',
      'filemap:mm_filemap_add_to_page_cache',
      'syscalls:sys_enter_openat',
      'syscalls:sys_enter_ftruncate',
    ]) {
      expect(enabled).toContain(e);
    }
  });

  it('warns per missing need, naming the filesystem, the event and what is lost', () => {
    const ext4Only = ['exceptions:page_fault_user', 'writeback:writeback_dirty_folio'];
    const w = missingFsEvents('btrfs', ext4Only);
    expect(w).toContain(
      'btrfs needs btrfs:extent_writepage (pages written (btrfs has no ext4/iomap event)): not recorded',
    );
    expect(w.some((s) => s.includes('timestamp:ctime_ns_xchg'))).toBe(true);
    expect(w.some((s) => s.includes('page_fault_user'))).toBe(false);
    // Older kernels' names satisfy a need too.
    expect(
      missingFsEvents('xfs', [
        ...ext4Only,
        'filemap:mm_filemap_add_to_page_cache',
        'xfs:xfs_filemap_fault',
        'xfs:xfs_update_time',
        'iomap:iomap_writepage',
        'xfs:xfs_trans_commit',
      ]),
    ).toEqual([]);
    // An unknown filesystem still needs the common events.
    expect(missingFsEvents('', [])).toHaveLength(3);
  });

  it('btrfs: writeback events filter on the btrfs-N bdi, filemap on the superblock dev', () => {
    const sel = selectEvents({
      available: AVAILABLE_618,
      kernel: '6.18.44',
      device: { dev: 40, diskDev: kernelDev(7, 1), bdiName: 'btrfs-1', fsType: 'btrfs' },
    });
    const filter = (name: string): string | undefined =>
      sel.events.find((e) => e.event === name)?.filter;
    expect(filter('writeback:writeback_dirty_folio')).toBe('name == "btrfs-1"');
    expect(filter('filemap:mm_filemap_fault')).toBe('s_dev == 40');
    expect(filter('timestamp:ctime_ns_xchg')).toBe('dev == 40');
    expect(filter('block:block_rq_issue')).toBe(`dev == ${kernelDev(7, 1)}`);
    // fsid is a u8[16]: btrfs events cannot be filtered by device and are kept whole.
    expect(filter('btrfs:extent_writepage')).toBe('');
  });
});

describe('mount table and --dev on btrfs', () => {
  it('parses mountinfo (escaped paths, optional fields) and finds the mount holding a path', () => {
    const m = parseMountInfo(
      [
        '22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw',
        '48 22 0:40 / /mnt/my\\040btrfs rw,relatime shared:5 master:2 - btrfs /dev/loop1 rw',
        '49 22 7:0 / /mnt/x rw - xfs /dev/loop0 rw',
        'garbage',
      ].join('\n'),
    );
    expect(m.map((e) => [e.mountPoint, e.major, e.minor, e.fsType, e.source])).toEqual([
      ['/', 254, 0, 'ext4', '/dev/vda'],
      ['/mnt/my btrfs', 0, 40, 'btrfs', '/dev/loop1'],
      ['/mnt/x', 7, 0, 'xfs', '/dev/loop0'],
    ]);
    expect(mountOf(m, '/mnt/my btrfs/sub/f')?.fsType).toBe('btrfs');
    expect(mountOf(m, '/mnt/x')?.fsType).toBe('xfs');
    expect(mountOf(m, '/mnt/xy/f')?.fsType).toBe('ext4');
  });

  it('resolves a btrfs path to the superblock dev, the btrfs-N bdi and the member disk', async () => {
    const root = await mkdtemp(join(tmpdir(), 'capture-btrfs-'));
    dirs.push(root);
    const sys = join(root, 'sys');
    const mnt = join(root, 'mnt');
    await mkdir(join(mnt, 'nc'), { recursive: true });
    const fsid = join(sys, 'fs', 'btrfs', '9d8a952f-4bc6-480c-a895-48722db308de');
    await mkdir(join(fsid, 'devices', 'loop1'), { recursive: true });
    await writeFile(join(fsid, 'devices', 'loop1', 'dev'), '7:1\n');
    await mkdir(join(sys, 'devices', 'virtual', 'bdi', 'btrfs-1'), { recursive: true });
    await symlink(join(sys, 'devices', 'virtual', 'bdi', 'btrfs-1'), join(fsid, 'bdi'));
    const mountinfo = join(root, 'mountinfo');
    await writeFile(
      mountinfo,
      `48 27 0:40 / ${mnt} rw,relatime - btrfs /dev/loop1 rw,discard=async,space_cache=v2\n`,
    );
    const want = { dev: 40, diskDev: kernelDev(7, 1), bdiName: 'btrfs-1', fsType: 'btrfs' };
    // A path inside it (whose st_dev is the subvolume's, not 0:40) and the maj:min both resolve.
    expect(await resolveDevice(join(mnt, 'nc'), { sysfs: sys, mountinfo })).toEqual(want);
    expect(await resolveDevice('0:40', { sysfs: sys, mountinfo })).toEqual(want);
    // Without its sysfs entry the bdi is unknown: an error, not a filter that drops everything.
    await expect(resolveDevice('0:40', { sysfs: join(root, 'nosys'), mountinfo })).rejects.toThrow(
      /btrfs-N/,
    );
  });
});
