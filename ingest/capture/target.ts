/**
 * What to capture: the device filter (`--dev MAJ:MIN|PATH` -> dev_t, whole disk and bdi name)
 * and the task ids (`--pid` -> the process and its threads, `-- CMD` -> a child started stopped).
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFile, readdir, realpath, stat, access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ReplayError } from '../../src/errors.js';
import type { DeviceFilter } from './event-set.js';

/** Kernel-internal dev_t (`major << 20 | minor`), as tracepoints print it. */
export const kernelDev = (major: number, minor: number): number => major * 2 ** 20 + minor;

/** Decodes a user-space `st_dev` (glibc `new_encode_dev`) into major and minor. */
export function decodeStDev(dev: number): { major: number; minor: number } {
  return {
    major: Math.floor(dev / 256) & 0xfff,
    minor: (dev & 0xff) | (Math.floor(dev / 4096) & 0xfff00),
  };
}

/**
 * Resolves `--dev`. For a partition, block requests and the bdi belong to the whole disk, so
 * `diskDev` / `bdiName` come from the parent in /sys/dev/block. `sysfs` is injectable for tests.
 */
export async function resolveDevice(spec: string, sysfs = '/sys'): Promise<DeviceFilter> {
  let major: number;
  let minor: number;
  const m = /^(\d+):(\d+)$/.exec(spec);
  if (m !== null) {
    major = Number(m[1]);
    minor = Number(m[2]);
  } else {
    let st;
    try {
      st = await stat(spec);
    } catch (e) {
      throw new ReplayError('RPL_CONFIG', `--dev: cannot stat '${spec}': ${String(e)}`, {
        cause: e,
      });
    }
    // A block device node names itself; any other path names the filesystem holding it.
    ({ major, minor } = decodeStDev(st.isBlockDevice() ? st.rdev : st.dev));
  }
  const dev = kernelDev(major, minor);
  let diskMajor = major;
  let diskMinor = minor;
  const sysDir = join(sysfs, 'dev', 'block', `${major}:${minor}`);
  try {
    await access(join(sysDir, 'partition'));
    const parent = dirname(await realpath(sysDir));
    const pm = /^(\d+):(\d+)/.exec((await readFile(join(parent, 'dev'), 'utf8')).trim());
    if (pm !== null) {
      diskMajor = Number(pm[1]);
      diskMinor = Number(pm[2]);
    }
  } catch {
    // not a partition (or not a block device at all): the device is its own disk
  }
  return { dev, diskDev: kernelDev(diskMajor, diskMinor), bdiName: `${diskMajor}:${diskMinor}` };
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
