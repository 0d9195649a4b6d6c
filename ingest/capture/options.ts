/**
 * `faultreplay capture` options: parsed once from argv into `CaptureParams` (no optional
 * fields left to guess), with every usage error a `ReplayError('RPL_CONFIG')` that names the
 * flag and the bad value.
 */
import { ReplayError } from '../../src/errors.js';
import { parseEventList } from './event-set.js';
import { DEFAULT_RUN_DIR } from './instance-guard.js';
import { captureIdProblem } from '../pipeline.js';

export const CAPTURE_USAGE = `Usage:
  faultreplay capture [options] [-- CMD ARGS...]
  faultreplay capture --live (--log DIR | --kafka BROKERS) [options] [-- CMD ARGS...]
  faultreplay capture --print-commands [--pid PID] [--dev MAJ:MIN] [--events ...]
  faultreplay capture --cleanup [--force]

Records the kernel events the replay needs (KERNEL.md A.13) in a private tracefs instance
(instances/faultreplay-<pid>-<rand>; the global buffer is never touched) and writes an ftrace text
file whose first line is a '# faultreplay-capture: ...' header. Needs root and tracefs.
The instance is locked (flock on RUN_DIR/<instance>.lock) by a guardian process that removes
it when the capture ends or dies, even by kill -9. A capture whose instance someone else stopped
or whose events someone disabled says so and exits with status 1.

Options:
  --events auto|LIST   auto (default): the recommended set, with the names this kernel uses;
                       or a comma-separated list of system:event names
  --pid PID[,PID...]   keep faults and syscalls of these processes (and their threads at the
                       start) only; the capture stops when they have all exited
  --comm NAME[,NAME]   keep faults and syscalls of tasks with this name (comm, <= 15 chars;
                       * ? [ make a glob): follows threads and processes started later
  -- CMD ARGS...       run CMD (started stopped, so its first faults are caught) and keep its
                       faults and syscalls only (its main task: add --comm for its threads
                       and children); recording stops when it exits, and CMD gets SIGTERM if
                       the capture ends first (--duration, Ctrl-C)
  --after S            with -- CMD: keep recording S seconds after it exits (writeback) [0]
  --duration S         stop after S seconds (also the limit with --pid or -- CMD)
  --out FILE           output file ('-' = stdout) [faultreplay-<UTC time>.trace], created
                       with mode 0600; an existing file or a symlink is refused
  --force              replace an existing --out file (a symlink is still refused)
  --buffer-kb N        per-CPU ring buffer size in KiB [16384]
  --dev MAJ:MIN|PATH   keep filesystem, writeback and block events of this device only
                       (a path means the device holding it)
  --clock NAME         trace_clock [mono] (matches user-space CLOCK_MONOTONIC)
  --live               stream events into the event log as they happen
  --log DIR            with --live: append to the file event log in DIR
  --kafka BROKERS      with --live: append to Kafka (host:port,...)
  --topic NAME         with --kafka: topic [faultreplay.events]
  --capture-id ID      capture id for the live log [capture-<UTC time>]
  --print-commands     print equivalent perf record / trace-cmd record lines and exit
  --tracefs PATH       tracefs root [from /proc/mounts, else /sys/kernel/tracing]
  --run-dir DIR        where the instance locks live [/run/faultreplay]
  --cleanup            remove instances whose capture is gone (lock free) and exit; with
                       --force also instances without a lock file (older faultreplay)
  --no-mount           do not mount tracefs when it is not mounted
`;

export interface CaptureParams {
  readonly events: readonly string[] | 'auto';
  readonly pids: readonly number[];
  readonly comms: readonly string[];
  readonly command: readonly string[];
  readonly afterS: number;
  /** Seconds; 0 = until the command exits / the process exits / a signal. */
  readonly durationS: number;
  /** '' when not given (a default name is used in file mode). */
  readonly out: string;
  /** Replace an existing `--out` file (never through a symlink). */
  readonly force: boolean;
  readonly bufferKb: number;
  /** `MAJ:MIN` or a path, as given; '' = no device filter. */
  readonly dev: string;
  readonly clock: string;
  readonly live: boolean;
  readonly logDir: string;
  readonly kafka: string;
  readonly topic: string;
  readonly captureId: string;
  readonly printCommands: boolean;
  readonly tracefs: string;
  readonly mount: boolean;
  /** Directory of the instance lock files. @default '/run/faultreplay' */
  readonly runDir: string;
  /** `--cleanup`: sweep stale instances and exit. */
  readonly cleanup: boolean;
}

const fail = (msg: string): never => {
  throw new ReplayError('RPL_CONFIG', msg);
};

function positiveNumber(flag: string, v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n <= 0) {
    fail(`${flag}: expected a positive number of seconds, got '${v}'`);
  }
  return n;
}

function nonNegativeNumber(flag: string, v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0) {
    fail(`${flag}: expected a number of seconds >= 0, got '${v}'`);
  }
  return n;
}

function parsePids(v: string): number[] {
  const pids = v.split(',').map((s) => s.trim());
  return pids.map((p) => {
    if (!/^\d+$/.test(p) || Number(p) <= 0) fail(`--pid: '${p}' is not a process id`);
    return Number(p);
  });
}

function parseComms(v: string): string[] {
  return v.split(',').map((c) => {
    if (c === '' || c.length > 15 || /["\\\s]/.test(c)) {
      fail(`--comm: '${c}' is not a task name (1-15 characters, no quotes, backslashes or spaces)`);
    }
    return c;
  });
}

export function parseCaptureArgs(args: readonly string[]): CaptureParams {
  let events: readonly string[] | 'auto' = 'auto';
  let pids: number[] = [];
  let comms: string[] = [];
  let command: string[] = [];
  let afterS = 0;
  let durationS = 0;
  let out = '';
  let force = false;
  let bufferKb = 16384;
  let dev = '';
  let clock = 'mono';
  let live = false;
  let logDir = '';
  let kafka = '';
  let topic = 'faultreplay.events';
  let captureId = '';
  let printCommands = false;
  let tracefs = '';
  let mount = true;
  let runDir = DEFAULT_RUN_DIR;
  let cleanup = false;
  let after = false;

  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      command = args.slice(i + 1);
      if (command.length === 0) fail("'--' must be followed by a command to run");
      break;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = args[i + 1];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) fail(`${flag} needs a value`);
      i++;
      return v ?? '';
    };
    switch (flag) {
      case '--events':
        events = parseEventList(value());
        break;
      case '--pid':
        pids = parsePids(value());
        break;
      case '--comm':
        comms = parseComms(value());
        break;
      case '--after':
        afterS = nonNegativeNumber(flag, value());
        after = true;
        break;
      case '--duration':
        durationS = positiveNumber(flag, value());
        break;
      case '--out':
      case '-o':
        out = value();
        if (out === '') fail('--out: empty file name');
        break;
      case '--force':
        force = true;
        break;
      case '--buffer-kb': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1)
          fail(`--buffer-kb: expected a positive integer, got '${v}'`);
        bufferKb = Number(v);
        break;
      }
      case '--dev': {
        dev = value();
        if (!dev.includes('/') && !/^\d+:\d+$/.test(dev)) {
          fail(`--dev: expected MAJ:MIN (e.g. 254:0) or a path, got '${dev}'`);
        }
        break;
      }
      case '--clock':
        clock = value();
        if (!/^[a-z0-9_-]+$/.test(clock)) fail(`--clock: bad clock name '${clock}'`);
        break;
      case '--live':
        live = true;
        break;
      case '--log':
        logDir = value();
        break;
      case '--kafka':
        kafka = value();
        break;
      case '--topic':
        topic = value();
        break;
      case '--capture-id': {
        captureId = value();
        const problem = captureIdProblem(captureId);
        // JSON quoting shows control characters as escapes, not raw.
        if (problem !== undefined) fail(`--capture-id ${JSON.stringify(captureId)} ${problem}`);
        break;
      }
      case '--print-commands':
        printCommands = true;
        break;
      case '--tracefs':
        tracefs = value();
        break;
      case '--no-mount':
        mount = false;
        break;
      case '--run-dir':
        runDir = value();
        if (runDir === '') fail('--run-dir: empty directory name');
        break;
      case '--cleanup':
        cleanup = true;
        break;
      default:
        fail(`unknown option '${a}' (see 'faultreplay capture --help')`);
    }
  }

  if (pids.length > 0 && command.length > 0) fail('--pid and -- CMD cannot be used together');
  if (after && command.length === 0) fail('--after only applies with -- CMD');
  if ((logDir !== '' || kafka !== '') && !live) fail('--log and --kafka need --live');
  if (live) {
    if (logDir === '' && kafka === '') fail('--live needs --log DIR or --kafka BROKERS');
    if (logDir !== '' && kafka !== '') fail('--log and --kafka cannot be used together');
    if (out !== '') fail('--out does not apply to --live (events go to the log)');
  }
  if (force && (live || out === '-')) fail('--force only applies to an --out file or --cleanup');
  if (cleanup && (live || printCommands || out !== '' || command.length > 0 || pids.length > 0)) {
    fail('--cleanup takes no capture options (only --force, --tracefs, --run-dir)');
  }
  if (printCommands && live) fail('--print-commands cannot be combined with --live');

  return {
    events,
    pids,
    comms,
    command,
    afterS,
    durationS,
    out,
    force,
    bufferKb,
    dev,
    clock,
    live,
    logDir,
    kafka,
    topic,
    captureId,
    printCommands,
    tracefs,
    mount,
    runDir,
    cleanup,
  };
}

/** `20261122T024000Z`: compact UTC time for default file names and capture ids. */
export function compactUtc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
