/**
 * The mount table (`/proc/self/mountinfo`): which filesystem holds a path, its superblock dev_t
 * and its type. `--dev PATH` needs the superblock's device, not `stat().st_dev`: on btrfs every
 * subvolume (the top one included) reports its own anonymous st_dev (`0:41`) while the
 * superblock that filemap, timestamp and writeback-inode events print is another one (`0:40`),
 * and mountinfo shows the superblock's. Measured here on 6.18:
 *
 *   48 27 0:40 / /mnt/cap-btrfs rw,relatime - btrfs /dev/loop1 rw,discard=async,space_cache=v2,...
 *   $ stat -c %d /mnt/cap-btrfs   ->  41
 *   mm_filemap_fault: dev=0:40 ino=102 ofs=6578176
 *
 * Format (proc(5)): `id parent maj:min root mountpoint options [optional...] - fstype source
 * superoptions`, with space, tab, newline and backslash in paths written as `\040`-style octal.
 */

export interface MountEntry {
  /** Where it is mounted (unescaped). */
  readonly mountPoint: string;
  /** The superblock's `st_dev` as the kernel prints it (`maj:min`). */
  readonly major: number;
  readonly minor: number;
  /** `ext4`, `xfs`, `btrfs`, ... */
  readonly fsType: string;
  /** The mount source, e.g. `/dev/loop1` (unescaped; not always a path). */
  readonly source: string;
}

const unescape = (s: string): string =>
  s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)));

/** Parses mountinfo text; lines that do not have the documented shape are skipped. */
export function parseMountInfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const sep = f.indexOf('-', 6);
    const dev = /^(\d+):(\d+)$/.exec(f[2] ?? '');
    if (sep < 0 || dev === null || f.length < sep + 3) continue;
    out.push({
      mountPoint: unescape(f[4] ?? ''),
      major: Number(dev[1]),
      minor: Number(dev[2]),
      fsType: f[sep + 1] ?? '',
      source: unescape(f[sep + 2] ?? ''),
    });
  }
  return out;
}

/**
 * The mount holding `absPath` (already resolved with realpath): the longest mount point that is
 * a prefix of it at a path-component boundary; the last such entry wins, as a later mount on the
 * same point hides the earlier one.
 */
export function mountOf(entries: readonly MountEntry[], absPath: string): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const m of entries) {
    const p = m.mountPoint;
    const inside =
      absPath === p || p === '/' || (absPath.startsWith(p) && absPath.charAt(p.length) === '/');
    if (inside && (best === undefined || p.length >= best.mountPoint.length)) best = m;
  }
  return best;
}

/** The mount whose superblock is `major:minor` (the last one listed when mounted twice). */
export function mountOfDevice(
  entries: readonly MountEntry[],
  major: number,
  minor: number,
): MountEntry | undefined {
  let found: MountEntry | undefined;
  for (const m of entries) if (m.major === major && m.minor === minor) found = m;
  return found;
}
