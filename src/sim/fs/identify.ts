/**
 * Which filesystem each device of a capture is, and what the capture contains (the evidence the
 * models' `unseen` rules read). A filesystem is known by its superblock's dev_t: the one every
 * fs tracepoint prints (`ext4_*` and `jbd2_*` as `7,0`, `xfs_*` as `7:4`). btrfs prints its
 * fsid instead and sits on an anonymous device (major 0, e.g. `0:39` in filemap events), so a
 * btrfs event makes the anonymous devices btrfs. A capture header that names the filesystem of
 * a device (`declare`) wins over the events. Devices nothing identifies use the generic model.
 */
import type { CanonicalEvent } from '../../events/index.js';
import type { FsFact, FsId, FsModel } from './fs-model.js';
import { FS_IDS } from './fs-model.js';
import { btrfsModel } from './btrfs/index.js';
import { xfsModel } from './xfs/index.js';

/** Device ids of this map: the kernel dev_t, major << 20 | minor. */
const MINOR_BITS = 2 ** 20;

/**
 * An anonymous device (major 0: btrfs's superblock `0:N`), which block requests never name:
 * they carry the disk's dev_t. 0 itself (no device) is one too.
 */
export function isAnonymousDev(dev: number): boolean {
  return dev >= 0 && dev < MINOR_BITS;
}
/** Models whose own tracepoints reach the tracker as generic events. */
const EVENT_READERS: readonly FsModel[] = [xfsModel, btrfsModel];

export class FsIdentities {
  private readonly byDev = new Map<number, FsId>();
  private readonly declared = new Set<number>();
  /** The filesystem of anonymous devices (major 0), once a btrfs event was seen. */
  private anonymous: FsId | null = null;
  /** Event kinds and tracepoint names the capture contains. */
  readonly evidence = new Set<string>();
  /** Called when a device's filesystem becomes known (or -1: every anonymous device). */
  onIdentified: ((dev: number, fs: FsId) => void) | null = null;

  /** A device whose filesystem the capture header names. */
  declare(dev: number, fs: FsId): void {
    this.declared.add(dev);
    this.set(dev, fs);
  }

  /**
   * The capture header's device (`faultreplay capture --dev`: its superblock dev_t and the
   * mount table's filesystem type), when it names one of the models.
   */
  declareHeader(h: { readonly fsType: string; readonly fsDev: number }): void {
    const fs = FS_IDS.find((id) => id === h.fsType && id !== 'generic');
    if (fs !== undefined && h.fsDev > 0) this.declare(h.fsDev, fs);
  }

  fsOf(dev: number): FsId {
    const fs = this.byDev.get(dev);
    if (fs !== undefined) return fs;
    if (isAnonymousDev(dev) && this.anonymous !== null) return this.anonymous;
    return 'generic';
  }

  /**
   * Learns from one event. Returns the fact a filesystem's own (generic) tracepoint proves, for
   * the tracker to count, or null.
   */
  observe(e: CanonicalEvent): FsFact | null {
    switch (e.type) {
      case 'inode_marked_dirty':
      case 'journal_handle':
      case 'journal_commit':
      case 'journal_run_stats':
      case 'fs_sync':
        this.evidence.add(e.type);
        this.learn(e.data.dev, 'ext4');
        return null;
      case 'writepages_start':
      case 'writepages_result':
        this.evidence.add(e.type);
        if (e.data.source !== 'writeback_single_inode') this.learn(e.data.dev, 'ext4');
        return null;
      case 'xfs_fault':
        this.evidence.add(e.type);
        this.learn(e.data.dev, 'xfs');
        return null;
      case 'timestamp':
        this.evidence.add(e.data.kind);
        return null;
      case 'generic': {
        const d = e.data;
        this.evidence.add(d.name);
        for (const model of EVENT_READERS) {
          const fact = model.readEvent(d, e.comm);
          if (fact === null) continue;
          if (fact.dev >= 0) this.learn(fact.dev, model.id);
          else this.learnAnonymous(model.id);
          return fact;
        }
        return null;
      }
      default:
        this.evidence.add(e.type);
        return null;
    }
  }

  private learn(dev: number, fs: FsId): void {
    if (this.declared.has(dev) || this.byDev.get(dev) === fs) return;
    this.set(dev, fs);
  }

  private learnAnonymous(fs: FsId): void {
    if (this.anonymous === fs) return;
    this.anonymous = fs;
    this.onIdentified?.(-1, fs);
  }

  private set(dev: number, fs: FsId): void {
    this.byDev.set(dev, fs);
    this.onIdentified?.(dev, fs);
  }
}
