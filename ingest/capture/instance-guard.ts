/**
 * Who owns a tracefs instance, and who removes it when its capture dies.
 *
 * An instance's owner holds an flock(2) on `<run dir>/<instance>.lock` for the instance's whole
 * life. The kernel drops that lock when its holder dies, whatever the pid namespace, so "is the
 * lock free?" is the liveness test (a pid is not: a capture in another pid namespace has a pid
 * this /proc does not show, or shows as someone else).
 *
 * The lock is held by a guardian, a tiny `flock(1) ... sh` process started by the capture in a
 * session of its own (Ctrl-C at the terminal does not reach it). It waits for EOF on a pipe whose
 * only writer is the capture process; EOF comes when the capture closes it at the end, or when the
 * kernel closes it because the capture died (even by SIGKILL). The guardian then stops and
 * removes the instance if it is still there, deletes the lock file and exits, releasing the lock.
 * So a killed capture frees its 32 MiB of ring buffers at once, not at the next start.
 *
 * The same removal script, run under `flock --nonblock` on a free lock, is the stale sweep at
 * start and `faultreplay capture --cleanup`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { lstat, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReplayError } from '../../src/errors.js';

/** Where the lock files live: a tmpfs cleared at boot, as tracefs instances are. */
export const DEFAULT_RUN_DIR = '/run/faultreplay';

const INSTANCE_NAME = /^faultreplay-\d+-[0-9a-f]+$/;
/** flock's exit status when the lock is held by someone else (EX_TEMPFAIL). */
const LOCK_BUSY = 75;

/**
 * Stops and removes the instance `$1`, then deletes its lock file `$2` (exit 0 when both are
 * gone). Only existing control files are written (`>` would create one in a half-made
 * directory); rmdir is retried while a dying reader still holds trace_pipe
 * (EBUSY).
 */
const REMOVE_INSTANCE_SH = [
  'if [ -d "$1" ]; then',
  '  for f in "$1/tracing_on" "$1/events/enable"; do [ -f "$f" ] && echo 0 2>/dev/null >"$f"; done',
  '  i=0; while [ -d "$1" ] && ! rmdir "$1" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done',
  'fi',
  // Still there (someone holds it open): keep the lock file, so the next sweep retries.
  '[ -d "$1" ] && exit 1',
  'rm -f "$2"',
].join('\n');

/** The guardian: say the lock is held, wait for the capture's pipe to close, clean up. */
const GUARDIAN_SH = `echo locked\ncat >/dev/null\n${REMOVE_INSTANCE_SH}`;

export const lockPath = (runDir: string, instance: string): string =>
  join(runDir, `${instance}.lock`);

/**
 * Creates the run directory (0700) and checks it is a real directory owned by us: lock files in
 * a directory someone else controls could be swapped for links.
 */
export async function prepareRunDir(runDir: string): Promise<void> {
  await mkdir(runDir, { recursive: true, mode: 0o700 });
  const st = await lstat(runDir);
  const uid = process.getuid?.() ?? st.uid;
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o022) !== 0) {
    throw new ReplayError(
      'RPL_CAPTURE',
      `${runDir} must be a directory owned by uid ${uid} and writable by it only ` +
        `(it holds the capture locks); fix it or pass --run-dir`,
    );
  }
}

export interface InstanceGuardian {
  readonly lockFile: string;
  /** The capture is done with the instance (already removed or not): let the guardian finish. */
  release(): Promise<void>;
}

function flockMissing(e: unknown): ReplayError {
  return new ReplayError(
    'RPL_CAPTURE',
    `cannot run flock(1) (util-linux), needed to lock the tracefs instance: ${String(e)}`,
    { cause: e },
  );
}

/**
 * `flock` arguments that run `script` (sh, $1 the instance folder, $2 the lock file) only while
 * holding the instance's lock, exiting LOCK_BUSY at once when another process holds it.
 */
function underLock(lockFile: string, script: string, argv0: string, instanceDir: string): string[] {
  return [
    '--exclusive',
    '--nonblock',
    '--conflict-exit-code',
    String(LOCK_BUSY),
    lockFile,
    '/bin/sh',
    '-c',
    script,
    argv0,
    instanceDir,
    lockFile,
  ];
}

/**
 * Takes the instance's lock through a guardian process and resolves once it is held; the
 * instance directory itself is created afterwards by the caller.
 */
export async function startGuardian(
  runDir: string,
  instanceDir: string,
  instance: string,
): Promise<InstanceGuardian> {
  const lockFile = lockPath(runDir, instance);
  const child = spawn(
    'flock',
    underLock(lockFile, GUARDIAN_SH, 'faultreplay-guardian', instanceDir),
    // detached: its own session, so a terminal's SIGINT goes to the capture alone.
    { stdio: ['pipe', 'pipe', 'ignore'], detached: true },
  );
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code) => {
      resolve(code ?? 1);
    });
  });
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('locked\n')) resolve();
    });
    child.once('error', (e) => {
      reject(flockMissing(e));
    });
    void exited.then((code) => {
      reject(
        new ReplayError(
          'RPL_CAPTURE',
          `cannot lock ${lockFile}: ` +
            (code === LOCK_BUSY ? 'another capture holds it' : `flock exited with ${code}`),
        ),
      );
    });
  });
  await ready;
  child.stdout.destroy();
  // The capture may end without release() (process.exit): the pipe must not keep it alive.
  child.unref();
  return {
    lockFile,
    release: async () => {
      child.ref(); // waiting for its exit must keep this process alive
      child.stdin.end();
      await exited;
    },
  };
}

export interface SweepResult {
  /** Instances whose owner was gone (lock free): stopped and removed. */
  readonly removed: readonly string[];
  /** Instances with no lock file (an older faultreplay, or a wiped run dir): left alone. */
  readonly unlocked: readonly string[];
}

/** Runs the removal script under the instance's lock; 'busy' when the owner holds it. */
async function removeUnderLock(
  runDir: string,
  root: string,
  name: string,
): Promise<'removed' | 'busy' | 'failed'> {
  const lockFile = lockPath(runDir, name);
  const child = spawn(
    'flock',
    underLock(lockFile, REMOVE_INSTANCE_SH, 'faultreplay-sweep', join(root, 'instances', name)),
    { stdio: 'ignore' },
  );
  const [code] = (await Promise.race([
    once(child, 'exit'),
    once(child, 'error').then(([e]) => {
      throw flockMissing(e);
    }),
  ])) as [number | null];
  return code === 0 ? 'removed' : code === LOCK_BUSY ? 'busy' : 'failed';
}

/**
 * Removes `faultreplay-*` instances whose lock is free (their capture and its guardian are
 * gone). An instance without a lock file is removed only with `includeUnlocked`
 * (`capture --cleanup --force`), since nothing tells whether its owner still runs.
 */
export async function sweepStaleInstances(
  root: string,
  runDir: string,
  opts: { readonly includeUnlocked?: boolean } = {},
): Promise<SweepResult> {
  const names = (await readdir(join(root, 'instances')).catch(() => [] as string[])).sort();
  const removed: string[] = [];
  const unlocked: string[] = [];
  for (const name of names) {
    if (!INSTANCE_NAME.test(name)) continue;
    const hasLock = await stat(lockPath(runDir, name)).then(
      () => true,
      () => false,
    );
    if (!hasLock && opts.includeUnlocked !== true) {
      unlocked.push(name);
      continue;
    }
    if ((await removeUnderLock(runDir, root, name)) === 'removed') removed.push(name);
  }
  return { removed, unlocked };
}
