/**
 * Named device profiles (`--profile`). A profile sets cost parameters and says whether file data
 * lives on a DAX device (no page cache: stores reach media directly, blocks are allocated inside
 * the fault). Every value a profile sets is *pinned*: it wins over a value measured from the
 * trace, because the trace was captured on another device (see cost-model.ts for the order).
 */
import type { CostParamName } from './cost-model.js';

export interface DeviceProfile {
  readonly name: string;
  readonly description: string;
  /** File data on a DAX device (ext4/XFS -o dax on pmem or a DAX-capable ramdisk). */
  readonly dax: boolean;
  readonly costs: Readonly<Partial<Record<CostParamName, number>>>;
  /** Citation for the values above. */
  readonly source: string;
}

export const PROFILES: Readonly<Record<string, DeviceProfile>> = {
  ssd: {
    name: 'ssd',
    description:
      'SSD-like virtual disk, the device the shared captures were taken on (defaults; trace measurements apply)',
    dax: false,
    costs: {},
    source: 'KERNEL.md E.2 (6.18.44, Firecracker VM, loop device on a virtio disk)',
  },
  'ramdisk-dax': {
    name: 'ramdisk-dax',
    description: "DAX on a ramdisk (brd / pmem emulation), as in Jan Kara's MAP_SYNC measurements",
    dax: true,
    costs: {
      // Kara v2 (Aug 2017), 512 faults, ramdisk: preallocated 6 us avg, empty file 23 us,
      // empty file with MAP_SYNC 108 us; v4/v5 (Oct 2017): 10 / 22 / 124 us.
      faultBaseWpUs: 4,
      faultBaseNpUs: 4,
      daxAllocUs: 17,
      journalCommitUs: 100,
      cacheFlushUs: 0,
      writebackIoUs: 10,
      msyncSyncUs: 100,
      fsyncUs: 150,
    },
    source:
      'Jan Kara, "dax, ext4: Synchronous page faults" v2 (17 Aug 2017) and v4/v5 cover letters; KERNEL.md C.8, E.1, E.2 journal_commit 100 us on ramdisk',
  },
  hdd: {
    name: 'hdd',
    description: 'rotating disk: ~10 ms journal commit, slow cache flushes',
    dax: false,
    costs: {
      journalCommitUs: 10000,
      cacheFlushUs: 5000,
      writebackIoUs: 8000,
      msyncSyncUs: 10000,
      fsyncUs: 20000,
    },
    source:
      'KERNEL.md E.2 journal_commit 10000 us on HDD (estimate); seek + rotational latency ~8 ms',
  },
};

export const DEFAULT_PROFILE = 'ssd';

export function profileNames(): string[] {
  return Object.keys(PROFILES).sort();
}
