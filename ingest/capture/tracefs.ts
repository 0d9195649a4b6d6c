/**
 * tracefs access for `faultreplay capture`: find (or mount) tracefs, check we may use it, and
 * manage one private instance (`instances/faultreplay-<pid>-<rand>`), never the global buffer,
 * which other tools (perf, trace-cmd, bpftrace) may be using.
 *
 * Every failure is a `ReplayError('RPL_CAPTURE')` whose message names the path and what is
 * missing (not mounted, no permission, no such event), because the user has to fix the host.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsc } from 'node:fs';
import * as fs from 'node:fs';
import { access, mkdir, readFile, readdir, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ReplayError } from '../../src/errors.js';

const execFileP = promisify(execFile);

export const DEFAULT_TRACEFS = '/sys/kernel/tracing';
export const INSTANCE_PREFIX = 'faultreplay-';

export interface LocateOptions {
  /** Use this tracefs root and skip /proc/mounts (tests, unusual hosts). */
  readonly root?: string;
  /** Mount tracefs at /sys/kernel/tracing when it is not mounted (as trace-cmd does). @default true */
  readonly mount?: boolean;
  /** Where notes go (e.g. "mounted tracefs at ..."). */
  readonly note?: (msg: string) => void;
}

const errno = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';

/** Parses /proc/mounts text; returns tracefs mount points, then debugfs ones + `/tracing`. */
export function tracefsCandidates(procMounts: string): string[] {
  const trace: string[] = [];
  const debug: string[] = [];
  for (const line of procMounts.split('\n')) {
    const [, mnt, type] = line.split(' ');
    if (mnt === undefined) continue;
    const path = mnt.replace(/\\040/g, ' ');
    if (type === 'tracefs') trace.push(path);
    else if (type === 'debugfs') debug.push(join(path, 'tracing'));
  }
  trace.sort((a, b) => (a === DEFAULT_TRACEFS ? -1 : b === DEFAULT_TRACEFS ? 1 : 0));
  return [...trace, ...debug];
}

/**
 * Finds a usable tracefs root (one with `instances/`), mounting it when allowed, and checks that
 * this user may create instances there.
 */
export async function locateTracefs(opts: LocateOptions = {}): Promise<string> {
  let root = opts.root;
  if (root === undefined) {
    const mounts = await readFile('/proc/mounts', 'utf8').catch(() => '');
    for (const c of tracefsCandidates(mounts)) {
      if (await exists(join(c, 'instances'))) {
        root = c;
        break;
      }
    }
  }
  if (root === undefined) {
    const filesystems = await readFile('/proc/filesystems', 'utf8').catch(() => '');
    if (!/\btracefs\b/.test(filesystems)) {
      throw new ReplayError(
        'RPL_CAPTURE',
        'this kernel has no tracefs (not in /proc/filesystems): it needs CONFIG_TRACING / CONFIG_FTRACE',
      );
    }
    const isRoot = process.getuid?.() === 0;
    if (opts.mount === false || !isRoot) {
      throw new ReplayError(
        'RPL_CAPTURE',
        `tracefs is not mounted (no tracefs in /proc/mounts, ${DEFAULT_TRACEFS}/instances missing): ` +
          `run as root 'mount -t tracefs nodev ${DEFAULT_TRACEFS}'` +
          (isRoot ? '' : ' (and run faultreplay capture as root)'),
      );
    }
    try {
      await execFileP('mount', ['-t', 'tracefs', 'nodev', DEFAULT_TRACEFS]);
    } catch (e) {
      throw new ReplayError(
        'RPL_CAPTURE',
        `tracefs is not mounted and 'mount -t tracefs nodev ${DEFAULT_TRACEFS}' failed: ${
          (e as { stderr?: string }).stderr?.trim() ?? String(e)
        }`,
        { cause: e },
      );
    }
    opts.note?.(`mounted tracefs at ${DEFAULT_TRACEFS}`);
    root = DEFAULT_TRACEFS;
  }
  const instances = join(root, 'instances');
  if (!(await exists(instances))) {
    throw new ReplayError(
      'RPL_CAPTURE',
      `${instances} does not exist: tracefs at ${root} has no instances (kernel too old, < 3.16?)`,
    );
  }
  try {
    await access(instances, fsc.W_OK);
  } catch (e) {
    const uid = process.getuid?.() ?? -1;
    throw new ReplayError(
      'RPL_CAPTURE',
      `permission denied: ${instances} is not writable by uid ${uid} (${errno(e)}); ` +
        'run faultreplay capture as root (or with CAP_SYS_ADMIN and write access to tracefs)',
      { cause: e },
    );
  }
  return root;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Lines of `available_events` (`system:name`). */
export async function readAvailableEvents(root: string): Promise<Set<string>> {
  const path = join(root, 'available_events');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ReplayError('RPL_CAPTURE', `cannot read ${path}: ${errno(e)}`, { cause: e });
  }
  return new Set(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  );
}

/** Field names of `events/<system>/<name>/format`; undefined when unreadable. */
export function readEventFields(root: string, event: string): Set<string> | undefined {
  const [system, name] = event.split(':');
  if (system === undefined || name === undefined) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(join(root, 'events', system, name, 'format'), 'utf8');
  } catch {
    return undefined;
  }
  const fields = new Set<string>();
  for (const m of text.matchAll(/field:[^;]*?([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?;/g)) {
    if (m[1] !== undefined) fields.add(m[1]);
  }
  return fields;
}

/** CONFIG_HZ from /proc/config.gz or /boot/config-<release>; 0 when neither says. */
export async function readKernelHz(release: string): Promise<number> {
  const tryText = async (path: string, gz: boolean): Promise<string | undefined> => {
    try {
      const buf = await readFile(path);
      return (gz ? gunzipSync(buf) : buf).toString('utf8');
    } catch {
      return undefined;
    }
  };
  const text =
    (await tryText('/proc/config.gz', true)) ?? (await tryText(`/boot/config-${release}`, false));
  const m = text === undefined ? null : /^CONFIG_HZ=(\d+)$/m.exec(text);
  return m === null ? 0 : Number(m[1]);
}

/** Per-CPU loss counters from `per_cpu/cpuN/stats`. */
export interface CpuLoss {
  readonly cpu: number;
  /** Events overwritten before they were read (ring buffer in overwrite mode). */
  readonly overrun: number;
  /** Events dropped because the buffer was full (overwrite off). */
  readonly dropped: number;
  readonly commitOverrun: number;
}

/** Parses one `stats` file (`overrun: 0`, `dropped events: 0`, `commit overrun: 0`). */
export function parseCpuStats(cpu: number, text: string): CpuLoss {
  const num = (key: string): number => {
    const m = new RegExp(`^${key}:\\s*(\\d+)`, 'm').exec(text);
    return m === null ? 0 : Number(m[1]);
  };
  return {
    cpu,
    overrun: num('overrun'),
    dropped: num('dropped events'),
    commitOverrun: num('commit overrun'),
  };
}

/** A private tracefs instance. Create with `createInstance`; always `remove()` it. */
export class TracefsInstance {
  readonly root: string;
  readonly name: string;
  readonly dir: string;
  #removed = false;

  constructor(root: string, name: string) {
    this.root = root;
    this.name = name;
    this.dir = join(root, 'instances', name);
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  /** Writes `value` to a control file; the error names the file and the kernel's reason. */
  async write(rel: string, value: string): Promise<void> {
    const path = this.path(rel);
    try {
      await writeFile(path, value);
    } catch (e) {
      const log = await readFile(join(this.root, 'error_log'), 'utf8').catch(() => '');
      const last = log.trim().split('\n').slice(-2).join(' / ');
      throw new ReplayError(
        'RPL_CAPTURE',
        `cannot write '${value.trim()}' to ${path}: ${errno(e)}${last === '' ? '' : ` (error_log: ${last})`}`,
        { cause: e },
      );
    }
  }

  async read(rel: string): Promise<string> {
    const path = this.path(rel);
    try {
      return await readFile(path, 'utf8');
    } catch (e) {
      throw new ReplayError('RPL_CAPTURE', `cannot read ${path}: ${errno(e)}`, { cause: e });
    }
  }

  /** Enables `system:name` with `filter` ('' = none). */
  async enableEvent(event: string, filter: string): Promise<void> {
    const [system, name] = event.split(':');
    if (system === undefined || name === undefined) {
      throw new ReplayError('RPL_CAPTURE', `bad event name '${event}'`);
    }
    const dir = join('events', system, name);
    if (filter !== '') await this.write(join(dir, 'filter'), filter);
    await this.write(join(dir, 'enable'), '1');
  }

  /** The clock in force: the bracketed entry of `trace_clock`. */
  async clock(): Promise<string> {
    const text = await this.read('trace_clock');
    return /\[([^\]]+)\]/.exec(text)?.[1] ?? '';
  }

  async lossStats(): Promise<CpuLoss[]> {
    const entries = await readdir(this.path('per_cpu')).catch(() => [] as string[]);
    const out: CpuLoss[] = [];
    for (const e of entries) {
      const m = /^cpu(\d+)$/.exec(e);
      if (m === null) continue;
      const text = await readFile(this.path(join('per_cpu', e, 'stats')), 'utf8').catch(() => '');
      out.push(parseCpuStats(Number(m[1]), text));
    }
    return out.sort((a, b) => a.cpu - b.cpu);
  }

  /**
   * What is wrong with a recording instance, or undefined when `tracing_on` is 1 and every one
   * of `events` is still enabled. Someone else (another tool, an old faultreplay's stale sweep)
   * may have written these files: the trace then covers only part of the run.
   */
  async recordingProblem(events: readonly string[]): Promise<string | undefined> {
    const on = await readFile(this.path('tracing_on'), 'utf8').catch(() => undefined);
    if (on === undefined) return `instance ${this.dir} disappeared`;
    if (on.trim() !== '1') return `tracing_on of ${this.dir} was set to ${on.trim()}`;
    const off: string[] = [];
    for (const e of events) {
      const [system = '', name = ''] = e.split(':');
      const v = await readFile(this.path(join('events', system, name, 'enable')), 'utf8').catch(
        () => '',
      );
      if (v.trim() !== '1') off.push(e);
    }
    return off.length === 0 ? undefined : `events disabled in ${this.dir}: ${off.join(', ')}`;
  }

  get removed(): boolean {
    return this.#removed;
  }

  /**
   * Stops tracing and deletes the instance (which frees its buffers). Idempotent. rmdir fails with
   * EBUSY while a reader holds `trace_pipe` open, so close readers first; it is retried briefly.
   */
  async remove(): Promise<void> {
    if (this.#removed) return;
    // 'r+': write existing control files only, never create one in a half-made directory.
    await writeFile(this.path('tracing_on'), '0', { flag: 'r+' }).catch(() => undefined);
    await writeFile(this.path('events/enable'), '0', { flag: 'r+' }).catch(() => undefined);
    for (let attempt = 0; ; attempt++) {
      try {
        await rmdir(this.dir);
        break;
      } catch (e) {
        if (errno(e) === 'ENOENT') break;
        if (errno(e) === 'EBUSY' && attempt < 20) {
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        throw new ReplayError(
          'RPL_CAPTURE',
          `cannot remove tracefs instance ${this.dir}: ${errno(e)}; remove it with 'rmdir ${this.dir}'`,
          { cause: e },
        );
      }
    }
    this.#removed = true;
  }

  /** Synchronous best-effort removal for `process.on('exit')`, when async work is impossible. */
  removeSync(): void {
    if (this.#removed) return;
    try {
      fs.writeFileSync(this.path('tracing_on'), '0', { flag: 'r+' });
      fs.writeFileSync(this.path('events/enable'), '0', { flag: 'r+' });
    } catch {
      // the instance may be half-created or already gone
    }
    try {
      fs.rmdirSync(this.dir);
      this.#removed = true;
    } catch (e) {
      if (errno(e) === 'ENOENT') this.#removed = true;
    }
  }
}

/** A fresh instance name, `faultreplay-<pid>-<8 hex>`. */
export function instanceName(pid = process.pid): string {
  return `${INSTANCE_PREFIX}${pid}-${randomBytes(4).toString('hex')}`;
}

/** Creates the instance directory with tracing off (a new instance starts with tracing on). */
export async function createInstance(
  root: string,
  name = instanceName(),
): Promise<TracefsInstance> {
  const inst = new TracefsInstance(root, name);
  try {
    await mkdir(inst.dir);
  } catch (e) {
    throw new ReplayError(
      'RPL_CAPTURE',
      `cannot create tracefs instance ${inst.dir}: ${errno(e)}` +
        (errno(e) === 'EACCES' || errno(e) === 'EPERM' ? ' (run as root)' : ''),
      { cause: e },
    );
  }
  try {
    await inst.write('tracing_on', '0');
  } catch (e) {
    await inst.remove().catch(() => undefined);
    throw e;
  }
  return inst;
}
