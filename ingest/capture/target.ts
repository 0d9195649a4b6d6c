/**
 * What to capture: the device filter (`--dev MAJ:MIN|PATH` -> dev_t, whole disk and bdi name)
 * and the task ids (`--pid` -> the process and its threads, `-- CMD` -> a child started stopped).
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFile, readdir, realpath, stat, access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ReplayError } from '../../src/errors.js';
import type { DeviceFilter } from './event-set.js';
import { mountOf, mountOfDevice, parseMountInfo, type MountEntry } from './mount-table.js';

/** Kernel-internal dev_t (`major << 20 | minor`), as tracepoints print it. */
export const kernelDev = (major: number, minor: number): number => major * 2 ** 20 + minor;

/** Decodes a user-space `st_dev` (glibc `new_encode_dev`) into major and minor. */
export function decodeStDev(dev: number): { major: number; minor: number } {
  return {
    major: Math.floor(dev / 256) & 0xfff,
    minor: (dev & 0xff) | (Math.floor(dev / 4096) & 0xfff00),
  };
}

/** Where `resolveDevice` reads the system's state (injectable for tests). */
export interface DeviceSources {
  /** @default '/sys' */
  readonly sysfs?: string;
  /** @default '/proc/self/mountinfo' */
  readonly mountinfo?: string;
}

/**
 * Resolves `--dev` into the three ids the events print:
 * - `dev`: the superblock's dev_t (filemap, timestamp, ext4/xfs/iomap, writeback-inode events),
 *   taken from the mount table for a path, since btrfs's `st_dev` is a per-subvolume id;
 * - `diskDev`: the whole disk under it (block requests carry the disk, not the partition);
 * - `bdiName`: the backing device name the `bdi %s:` writeback events print: the disk's
 *   `maj:min`, except on btrfs, whose superblock has its own bdi `btrfs-N`
 *   (/sys/fs/btrfs/<fsid>/bdi), so a `maj:min` there would filter every writeback event out.
 */
export async function resolveDevice(
  spec: string,
  sources: DeviceSources = {},
): Promise<DeviceFilter> {
  const sysfs = sources.sysfs ?? '/sys';
  const mounts = parseMountInfo(
    await readFile(sources.mountinfo ?? '/proc/self/mountinfo', 'utf8').catch(() => ''),
  );
  let major: number;
  let minor: number;
  let mount: MountEntry | undefined;
  const m = /^(\d+):(\d+)$/.exec(spec);
  if (m !== null) {
    major = Number(m[1]);
    minor = Number(m[2]);
    mount = mountOfDevice(mounts, major, minor);
  } else {
    let st;
    try {
      st = await stat(spec);
    } catch (e) {
      throw new ReplayError('RPL_CONFIG', `--dev: cannot stat '${spec}': ${String(e)}`, {
        cause: e,
      });
    }
    if (st.isBlockDevice()) {
      // A block device node names itself; its filesystem is the mount it is the source of.
      ({ major, minor } = decodeStDev(st.rdev));
      const real = await realpath(spec);
      mount =
        mountOfDevice(mounts, major, minor) ??
        mounts.find((e) => e.source === spec || e.source === real);
      // btrfs's superblock has an anonymous dev_t, not the device node's.
      if (mount !== undefined) ({ major, minor } = mount);
    } else {
      // Any other path names the filesystem holding it.
      mount = mountOf(mounts, await realpath(spec));
      ({ major, minor } = mount ?? decodeStDev(st.dev));
    }
  }
  const fsType = mount?.fsType ?? '';
  if (fsType === 'btrfs' && mount !== undefined) {
    return { ...(await btrfsIds(mount, sysfs)), dev: kernelDev(major, minor), fsType };
  }
  const disk = await wholeDisk(major, minor, sysfs);
  return {
    dev: kernelDev(major, minor),
    diskDev: kernelDev(disk.major, disk.minor),
    bdiName: `${disk.major}:${disk.minor}`,
    fsType,
  };
}

/** For a partition, the disk it is part of (from /sys/dev/block); otherwise the device itself. */
async function wholeDisk(
  major: number,
  minor: number,
  sysfs: string,
): Promise<{ major: number; minor: number }> {
  const sysDir = join(sysfs, 'dev', 'block', `${major}:${minor}`);
  try {
    await access(join(sysDir, 'partition'));
    const parent = dirname(await realpath(sysDir));
    const pm = /^(\d+):(\d+)/.exec((await readFile(join(parent, 'dev'), 'utf8')).trim());
    if (pm !== null) return { major: Number(pm[1]), minor: Number(pm[2]) };
  } catch {
    // not a partition (or not a block device at all): the device is its own disk
  }
  return { major, minor };
}

/**
 * A btrfs mount's bdi (`btrfs-N`) and disk: /sys/fs/btrfs/<fsid>/devices/ lists the member
 * devices by kernel name (`loop1`), and /sys/fs/btrfs/<fsid>/bdi links to the bdi. The disk is
 * the mount source's (the first member for a multi-device filesystem).
 */
async function btrfsIds(
  mount: MountEntry,
  sysfs: string,
): Promise<{ diskDev: number; bdiName: string }> {
  const srcName = basename(await realpath(mount.source).catch(() => mount.source));
  const root = join(sysfs, 'fs', 'btrfs');
  const fsids = await readdir(root).catch(() => [] as string[]);
  for (const fsid of fsids.sort()) {
    const members = await readdir(join(root, fsid, 'devices')).catch(() => [] as string[]);
    if (!members.includes(srcName)) continue;
    const bdiName = basename(await realpath(join(root, fsid, 'bdi')));
    const devText = await readFile(join(root, fsid, 'devices', srcName, 'dev'), 'utf8');
    const dm = /^(\d+):(\d+)/.exec(devText.trim());
    if (dm === null) break;
    const disk = await wholeDisk(Number(dm[1]), Number(dm[2]), sysfs);
    return { diskDev: kernelDev(disk.major, disk.minor), bdiName };
  }
  throw new ReplayError(
    'RPL_CONFIG',
    `--dev: btrfs on '${mount.mountPoint}' (${mount.source}): no ${root}/<fsid>/devices/${srcName}, ` +
      'so its bdi (btrfs-N) is unknown and writeback events could not be filtered',
  );
}

/** The process and its threads (`/proc/PID/task/*`), sorted; throws when PID does not run. */
export async function expandPids(pids: readonly number[], proc = '/proc'): Promise<number[]> {
  const all = new Set<number>();
  for (const pid of pids) {
    try {
      await access(join(proc, String(pid)));
    } catch {
      throw new ReplayError('RPL_CONFIG', `--pid: process ${pid} does not exist (${proc}/${pid})`);
    }
    all.add(pid);
    const tasks = await readdir(join(proc, String(pid), 'task')).catch(() => [] as string[]);
    for (const t of tasks) if (/^\d+$/.test(t)) all.add(Number(t));
  }
  return [...all].sort((a, b) => a - b);
}

/** True while /proc/PID exists and is not a zombie. */
export async function processAlive(pid: number, proc = '/proc'): Promise<boolean> {
  try {
    const s = await readFile(join(proc, String(pid), 'stat'), 'utf8');
    const state = s.slice(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function processState(pid: number): Promise<string> {
  const s = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const close = s.lastIndexOf(')');
  return close < 0 ? '' : s.slice(close + 2, close + 3);
}

export interface StoppedChild {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves with the exit code (128+signal when killed) once the command ends. */
  readonly exited: Promise<number>;
  /** Lets the command run (SIGCONT). */
  resume(): void;
}

/**
 * Starts `command` stopped: `sh -c 'kill -STOP $$; exec "$@"'` stops itself before `exec`, so
 * the command keeps the pid we filter on and none of its faults happen before tracing is set up.
 * Waits until /proc says the shell is stopped ('T').
 */
export async function spawnStopped(
  command: readonly string[],
  stdio: StdioOptions,
): Promise<StoppedChild> {
  const child = spawn(
    '/bin/sh',
    ['-c', 'kill -STOP $$ && exec "$@"', 'faultreplay-capture', ...command],
    {
      stdio,
    },
  );
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? (signal === null ? 1 : 128 + (osSignal(signal) ?? 0)));
    });
    child.once('error', () => {
      resolve(127);
    });
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new ReplayError('RPL_CAPTURE', `cannot start '${command.join(' ')}'`);
  }
  for (let i = 0; ; i++) {
    const state = await processState(pid);
    if (state === 'T' || state === 't') break;
    if (state === '' || state === 'Z' || i > 500) {
      child.kill('SIGKILL');
      throw new ReplayError(
        'RPL_CAPTURE',
        `'${command.join(' ')}' did not start (state '${state}')`,
      );
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    child,
    pid,
    exited,
    resume: () => {
      child.kill('SIGCONT');
    },
  };
}

const SIGNALS: Readonly<Record<string, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
const osSignal = (s: string): number | undefined => SIGNALS[s];
