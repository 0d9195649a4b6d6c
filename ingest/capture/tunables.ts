/**
 * The writeback and journal tunables in force at capture time, recorded in the capture header
 * so that a replay (and a sweep's baseline) uses the captured values instead of defaults:
 * `/proc/sys/vm/dirty_*` and the mount options of the traced device (`/proc/self/mountinfo`,
 * field 3 is `maj:min`, field 6 the per-mount options, after ` - ` the fs type, source and the
 * superblock options, where ext4 reports `commit=` when it is not the default 5 s).
 * Names are the simulator's option names (src/config SimOptions) so a reader maps them 1:1.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CaptureTunables {
  /** vm.dirty_expire_centisecs × 10. */
  readonly dirtyExpireMs?: number;
  /** vm.dirty_writeback_centisecs × 10. */
  readonly writebackIntervalMs?: number;
  /** vm.dirty_background_bytes (0: the ratio is in force). */
  readonly dirtyBackgroundBytes?: number;
  /** vm.dirty_background_ratio, percent of dirtyable memory. */
  readonly dirtyBackgroundRatio?: number;
  /** vm.dirtytime_expire_seconds × 1000. */
  readonly dirtytimeExpireMs?: number;
  /** ext4 `commit=` × 1000; 5000 when the device is ext4 without it. */
  readonly commitIntervalMs?: number;
  /** The device's mount options, per-mount and superblock ones, comma-separated. */
  readonly mountOptions?: string;
}

/** Header keys of each tunable (`formatCaptureHeader`), in writing order. */
export const TUNABLE_KEYS = {
  dirtyExpireMs: 'dirty_expire_ms',
  writebackIntervalMs: 'dirty_writeback_ms',
  dirtyBackgroundBytes: 'dirty_background_bytes',
  dirtyBackgroundRatio: 'dirty_background_ratio',
  dirtytimeExpireMs: 'dirtytime_expire_ms',
  commitIntervalMs: 'commit_ms',
} as const satisfies Record<Exclude<keyof CaptureTunables, 'mountOptions'>, string>;

async function readInt(path: string): Promise<number | undefined> {
  try {
    const n = Number.parseInt((await readFile(path, 'utf8')).trim(), 10);
    return Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the tunables; `dev` is `maj:min` of the traced device ('' = none: no mount options).
 * Anything unreadable is left out (unknown), never guessed.
 */
export async function readCaptureTunables(
  dev: string,
  procRoot = '/proc',
): Promise<CaptureTunables> {
  const vm = (name: string): Promise<number | undefined> =>
    readInt(join(procRoot, 'sys', 'vm', name));
  const [expire, writeback, bgBytes, bgRatio, dirtytime] = await Promise.all([
    vm('dirty_expire_centisecs'),
    vm('dirty_writeback_centisecs'),
    vm('dirty_background_bytes'),
    vm('dirty_background_ratio'),
    vm('dirtytime_expire_seconds'),
  ]);
  const out: Record<string, number | string> = {};
  if (expire !== undefined) out['dirtyExpireMs'] = expire * 10;
  if (writeback !== undefined) out['writebackIntervalMs'] = writeback * 10;
  if (bgBytes !== undefined) out['dirtyBackgroundBytes'] = bgBytes;
  if (bgRatio !== undefined) out['dirtyBackgroundRatio'] = bgRatio;
  if (dirtytime !== undefined) out['dirtytimeExpireMs'] = dirtytime * 1000;
  const mount = dev === '' ? undefined : await mountOf(dev, procRoot);
  if (mount !== undefined) {
    out['mountOptions'] = mount.options;
    const commit = /(?:^|,)commit=(\d+)(?:,|$)/.exec(mount.options);
    if (commit !== null) out['commitIntervalMs'] = Number(commit[1]) * 1000;
    else if (mount.fsType === 'ext4') out['commitIntervalMs'] = 5000;
  }
  return out as CaptureTunables;
}

/** The first mount of `maj:min` in mountinfo: its fs type and all its options. */
async function mountOf(
  dev: string,
  procRoot: string,
): Promise<{ fsType: string; options: string } | undefined> {
  let text: string;
  try {
    text = await readFile(join(procRoot, 'self', 'mountinfo'), 'utf8');
  } catch {
    return undefined;
  }
  for (const line of text.split('\n')) {
    // 36 35 254:0 / /mnt rw,relatime shared:1 - ext4 /dev/vda rw,lazytime,commit=30
    const f = line.split(' ');
    if (f[2] !== dev) continue;
    const sep = f.indexOf('-', 6);
    if (sep < 0) continue;
    const options = [f[5] ?? '', f[sep + 3] ?? ''].filter((o) => o !== '').join(',');
    return { fsType: f[sep + 1] ?? '', options };
  }
  return undefined;
}
