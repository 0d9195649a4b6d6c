/**
 * Whether another process holds an embedded (chDB) store, checked before opening it.
 *
 * The engine locks `<dir>/status` (flock) for as long as a session is open, and writes the
 * holder's `PID:` into it; a closed session leaves the file behind with that PID. Opening a
 * held store makes the engine print a raw `Code: 76. DB::Exception: Cannot lock file` line on
 * the process's stderr before it throws, so the check never opens the store in this process:
 *
 *   1. no `status` file, or its PID is this process or not alive: free (cheap, the usual case);
 *   2. otherwise a child process opens and closes the store (its stderr is captured): free if
 *      that works, held if not. A holder that only opens the store per use (`faultreplay
 *      dashboard`) lets go within a moment, so a held store is probed again until `waitMs`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReplayError } from '../errors.js';

export interface ChdbLockOptions {
  /** How long to wait for a holder to let go. @default 3000 */
  readonly waitMs?: number;
  /** Called once when the store is found held and the check starts waiting. */
  readonly onWait?: (holder: string) => void;
}

/** The holder named in `<dir>/status`: `pid 1234 (node faultreplay dashboard)`. */
export function describeHolder(dir: string): { pid: number; text: string } | undefined {
  let status: string;
  try {
    status = readFileSync(join(dir, 'status'), 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(/^PID:\s*(\d+)/m.exec(status)?.[1] ?? NaN);
  if (!Number.isInteger(pid)) return undefined;
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    // no /proc (macOS) or the process is gone: the pid alone
  }
  return { pid, text: `pid ${pid}${command === '' ? '' : ` (${command})`}` };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens and closes the store in a child process: true when that worked. */
function probe(dir: string): Promise<boolean> {
  const chdb = createRequire(import.meta.url).resolve('chdb');
  const script = `const { Session } = require(${JSON.stringify(chdb)}); new Session(${JSON.stringify(dir)}).close();`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    child.on('error', () => {
      resolve(false);
    });
    child.on('exit', (code) => {
      resolve(code === 0);
    });
  });
}

/**
 * Resolves when the store at `dir` can be opened by this process; throws `RPL_SINK` naming the
 * holder and what to do when another process still holds it after `waitMs`.
 */
export async function ensureChdbStoreFree(dir: string, opts: ChdbLockOptions = {}): Promise<void> {
  if (!existsSync(join(dir, 'status'))) return;
  const holder = describeHolder(dir);
  if (holder === undefined || holder.pid === process.pid || !alive(holder.pid)) return;
  const deadline = performance.now() + (opts.waitMs ?? 3000);
  let waited = false;
  for (;;) {
    if (await probe(dir)) return;
    if (performance.now() >= deadline) break;
    if (!waited) opts.onWait?.(holder.text);
    waited = true;
    await sleep(250);
  }
  throw new ReplayError(
    'RPL_SINK',
    `the embedded store ${dir} is in use by ${holder.text}. Only one process may open it at a time: stop that process (a 'faultreplay dashboard' from before this version holds it while it runs), use another --store DIR, or share results through a ClickHouse server (--clickhouse URL)`,
  );
}
