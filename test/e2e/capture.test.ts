/**
 * `faultreplay capture` for real: a small C workload writing through a MAP_SHARED mapping is
 * captured from this machine's kernel (tracefs, as root), then ingested end to end with the
 * ingest pipeline and checked against what the workload is known to do:
 *
 *   mmwork FILE 32 sparse seq 128 0 32 sync LAT: 128 stores over 32 pages, msync(MS_SYNC) after
 *   every 32 stores -> exactly 4 msync calls; every round after an MS_SYNC must fault again
 *   (writeback write-protected the pages) and dirty the file's pages again.
 *
 * Where tracefs or root is missing (CI containers), the suite is skipped and says why.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { release } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI } from '../helpers/built-cli.js';
import type { CanonicalEvent, EventOf } from '../../src/events/index.js';
import type { EventLog } from '../../src/log/event-log.js';
import { createFileEventLog } from '../../src/log/file-event-log.js';
import type { CaptureRecord } from '../../src/log/kafka-event-log.js';
import {
  capturePartition,
  createKafkaTopicAdmin,
  readCaptureRecords,
} from '../../src/log/kafka-event-log.js';
import { createMemoryEventLog } from '../../src/log/memory-event-log.js';
import { readEvents } from '../../ingest/index.js';
import {
  createLiveSink,
  decodeStDev,
  describeSummary,
  totalLost,
  kernelDev,
  locateTracefs,
  parseCaptureArgs,
  parseCaptureHeader,
  recordCapture,
  type CaptureFileHeader,
} from '../../ingest/capture/index.js';
import { captureUnavailable } from '../helpers/capture-env.js';
import { repoRoot } from '../helpers/shared.js';

/** The built CLI; FAULTREPLAY_CLI points elsewhere (e.g. a build in a temp dir). */
const CLI = BUILT_CLI;
const MMWORK_SRC = join(repoRoot, 'test', 'fixtures', 'capture', 'mmwork.c');
const PAGES = 32;
const WRITES = 128;
const MSYNC_EVERY = 32;
const ROUNDS = WRITES / MSYNC_EVERY;

const why = await captureUnavailable();
if (why !== undefined) {
  process.stderr.write(`capture e2e tests skipped: ${why}\n`);
}

let work = '';
let mmwork = '';
let tracefsRoot = '';

beforeAll(async () => {
  if (why !== undefined) return;
  tracefsRoot = await locateTracefs();
  // The workload file must be on a real block device (not tmpfs) for writeback events.
  work = await mkdtemp(join(repoRoot, '.capture-e2e-'));
  mmwork = join(work, 'mmwork');
  execFileSync('gcc', ['-O2', '-o', mmwork, MMWORK_SRC]);
});
afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

const workloadArgs = (name: string): string[] => [
  mmwork,
  join(work, `${name}.dat`),
  String(PAGES),
  'sparse',
  'seq',
  String(WRITES),
  '0',
  String(MSYNC_EVERY),
  'sync',
  join(work, `${name}.lat.csv`),
];

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  pid: number;
}

function runCli(
  args: string[],
  opts: { onSpawn?: (pid: number) => void; uid?: number; gid?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'capture', ...args], {
      cwd: opts.uid === undefined ? work : '/',
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.gid ?? opts.uid }),
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      resolve({ code, signal, stderr, pid: child.pid ?? -1 });
    });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);
  });
}

/** Instances a capture process with this pid left behind. */
async function instancesOf(pid: number): Promise<string[]> {
  const names = await readdir(join(tracefsRoot, 'instances'));
  return names.filter((n) => n.startsWith(`faultreplay-${pid}-`));
}

async function collect(
  batches: AsyncIterable<readonly CanonicalEvent[]>,
): Promise<CanonicalEvent[]> {
  const all: CanonicalEvent[] = [];
  for await (const b of batches) all.push(...b);
  return all;
}

/** The file's identity as tracepoints print it. */
async function fileId(path: string): Promise<{ ino: number; dev: number }> {
  const st = await stat(path);
  const { major, minor } = decodeStDev(st.dev);
  return { ino: st.ino, dev: kernelDev(major, minor) };
}

/** Checks the events of one workload run; returns the workload pid. */
async function checkWorkload(
  events: readonly CanonicalEvent[],
  name: string,
  pid: number,
): Promise<void> {
  const { ino, dev } = await fileId(join(work, `${name}.dat`));
  const mine = events.filter((e) => e.pid === pid);
  const writeFaults = mine.filter((e) => e.type === 'page_fault' && (e.data.errorCode & 2) !== 0);
  const msyncs = mine.filter((e): e is EventOf<'msync_enter'> => e.type === 'msync_enter');
  const dirtied = events.filter(
    (e) => e.type === 'page_dirtied' && e.data.ino === ino && e.data.dev === dev,
  );
  // Exactly one msync per round, from the workload's own pid.
  expect(msyncs).toHaveLength(ROUNDS);
  expect(msyncs.map((e) => e.data.flags)).toEqual(Array<number>(ROUNDS).fill(4));
  // Each round after an MS_SYNC writes to write-protected pages again: at least one write fault
  // and one clean->dirty transition of the file per round.
  expect(writeFaults.length).toBeGreaterThanOrEqual(ROUNDS);
  expect(dirtied.length).toBeGreaterThanOrEqual(ROUNDS);
  for (const e of dirtied) {
    if (e.type === 'page_dirtied') expect(e.data.index).toBeLessThan(PAGES);
  }
  // No task but the workload passes the common_pid filter on faults and syscalls.
  const filtered = events.filter((e) => e.type === 'page_fault' || e.type === 'msync_enter');
  expect(filtered.every((e) => e.pid === pid)).toBe(true);
}

describe.skipIf(why !== undefined)(`faultreplay capture on this kernel (${release()})`, () => {
  it('captures a command to an ftrace file that ingests end to end, and removes the instance', async () => {
    const out = join(work, 'file.trace');
    const run = await runCli([
      '--out',
      out,
      '--dev',
      work,
      '--buffer-kb',
      '4096',
      '--',
      ...workloadArgs('file'),
    ]);
    expect(run.stderr).toContain('no events lost');
    expect(run.code).toBe(0);
    expect(await instancesOf(run.pid)).toEqual([]);

    const text = readFileSync(out, 'utf8');
    const first = text.slice(0, text.indexOf('\n'));
    const parsed = parseCaptureHeader(first);
    expect(parsed).toBeDefined();
    const header: CaptureFileHeader = parsed ?? expect.unreachable();
    expect(header.kernel).toBe(release());
    expect(header.clock).toBe('mono');
    expect(header.bufferKb).toBe(4096);
    expect(header.events).toContain('exceptions:page_fault_user');
    expect(header.events.some((e) => e.startsWith('writeback:writeback_dirty_'))).toBe(true);
    expect(header.pids).toHaveLength(1);
    const pid = header.pids[0] ?? -1;
    const { dev } = await fileId(join(work, 'file.dat'));
    expect(header.dev).toBe(`${Math.floor(dev / 2 ** 20)}:${dev % 2 ** 20}`);

    const events = await collect(readEvents(out));
    expect(events[0]?.type).toBe('header');
    await checkWorkload(events, 'file', pid);
    // The ingested write faults agree with a plain-text count of the same file.
    const textFaults = text
      .split('\n')
      .filter(
        (l) =>
          l.includes(`-${pid} `) && /page_fault_(user|kernel): .*error_code=0x([0-9a-f]+)/.test(l),
      )
      .filter((l) => (parseInt(/error_code=0x([0-9a-f]+)/.exec(l)?.[1] ?? '0', 16) & 2) !== 0);
    const ingested = events.filter(
      (e) => e.type === 'page_fault' && e.pid === pid && (e.data.errorCode & 2) !== 0,
    );
    expect(ingested).toHaveLength(textFaults.length);
  });

  it('streams live into an event log with the same events', async () => {
    const log = createMemoryEventLog();
    // The sink closes its log at the end; keep this one readable for the checks.
    const view: EventLog = {
      append: (e) => log.append(e),
      flush: () => log.flush(),
      read: (from, o) => log.read(from, o),
      endOffset: () => log.endOffset(),
      close: () => Promise.resolve(),
    };
    const params = parseCaptureArgs([
      '--live',
      '--log',
      work,
      '--dev',
      work,
      '--',
      ...workloadArgs('live'),
    ]);
    const sink = createLiveSink({
      captureId: 'live-e2e',
      openLog: () => Promise.resolve(view),
      target: 'memory',
    });
    let seen: string | undefined;
    const summary = await recordCapture({
      params,
      sink,
      commandStdio: 'ignore',
      reporter: { note: () => undefined, warn: () => undefined },
      onInstance: (inst) => {
        if (inst !== undefined) seen = inst.dir;
      },
    });
    expect(seen).toBeDefined();
    expect(existsSync(seen ?? '/')).toBe(false);
    expect(summary.stoppedBy).toBe('command-exit');
    const records = await collect(
      (async function* () {
        for await (const b of log.read(0)) yield b.map((r) => r.event);
      })(),
    );
    expect(records[0]?.type).toBe('header');
    if (records[0]?.type === 'header') {
      expect(records[0].data.kernel).toBe(release());
      expect(records[0].data.clock).toBe('mono');
    }
    expect(records.map((e) => e.seq)).toEqual(records.map((_e, i) => i));
    expect(sink.stats.events).toBe(records.length);
    await checkWorkload(records, 'live', summary.header.pids[0] ?? -1);
  });

  it('--live --log appends the events to a file event log as they happen', async () => {
    const dir = join(work, 'live-log');
    const run = await runCli([
      '--live',
      '--log',
      dir,
      '--capture-id',
      'cli-live',
      '--dev',
      work,
      '--',
      ...workloadArgs('clilive'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`file log ${dir}`);
    expect(await instancesOf(run.pid)).toEqual([]);
    const pid = Number(/ for pid (\d+)/.exec(run.stderr)?.[1] ?? -1);
    const log = await createFileEventLog({ dir, readOnly: true });
    try {
      const events = await collect(
        (async function* () {
          for await (const b of log.read(0)) yield b.map((r) => r.event);
        })(),
      );
      expect(events[0]?.type).toBe('header');
      expect(events.every((e) => e.captureId === 'cli-live')).toBe(true);
      expect(run.stderr).toContain(`live: ${events.length} events appended`);
      expect(events.map((e) => e.seq)).toEqual(events.map((_e, i) => i));
      await checkWorkload(events, 'clilive', pid);
    } finally {
      await log.close();
    }
  });

  // Kafka is optional here: the integration project owns the broker; set KAFKA_BROKERS to run it.
  const brokers = process.env['KAFKA_BROKERS'] ?? '';
  it.skipIf(brokers === '')(
    `--live --kafka appends the events to a Kafka topic${brokers === '' ? ' (skipped: KAFKA_BROKERS not set)' : ''}`,
    async () => {
      const topic = `capture-e2e-${randomBytes(4).toString('hex')}`;
      const run = await runCli([
        '--live',
        '--kafka',
        brokers,
        '--topic',
        topic,
        '--capture-id',
        'kafka-live',
        '--dev',
        work,
        '--',
        ...workloadArgs('kafka'),
      ]);
      expect(run.code).toBe(0);
      const pid = Number(/ for pid (\d+)/.exec(run.stderr)?.[1] ?? -1);
      const admin = createKafkaTopicAdmin({ brokers });
      try {
        // One capture stream, in the capture's partition, ended by its end-of-capture record.
        const partitions = await admin.offsets(topic);
        const home = partitions[capturePartition('kafka-live', partitions.length)]!;
        const records: CaptureRecord[] = [];
        const range = { brokers, topic, partition: home.partition, fromOffset: 0 };
        for await (const rs of readCaptureRecords({ ...range, toOffset: home.high }))
          records.push(...rs);
        expect(records.at(-1)).toMatchObject({ kind: 'batch', endOfCapture: true });
        const events = records.flatMap((r) =>
          r.kind === 'batch' ? r.events : r.kind === 'event' ? [r.event] : [],
        );
        expect(events[0]?.type).toBe('header');
        expect(events.every((e) => e.captureId === 'kafka-live')).toBe(true);
        await checkWorkload(events, 'kafka', pid);
      } finally {
        await admin.deleteTopics([topic]).catch(() => undefined);
        await admin.close();
      }
    },
  );

  it('--comm follows a child the command forks (the pid filter alone would miss it)', async () => {
    const out = join(work, 'comm.trace');
    // `; true` makes the shell fork the workload instead of exec'ing it: a new pid.
    const script = `${workloadArgs('comm').join(' ')}; true`;
    const run = await runCli([
      '--out',
      out,
      '--dev',
      work,
      '--comm',
      'mmwork',
      '--',
      '/bin/sh',
      '-c',
      script,
    ]);
    expect(run.code).toBe(0);
    const header = parseCaptureHeader(readFileSync(out, 'utf8').split('\n')[0] ?? '');
    expect(header?.comms).toEqual(['mmwork']);
    const shellPid = header?.pids[0] ?? -1;
    const events = await collect(readEvents(out));
    const msyncs = events.filter((e) => e.type === 'msync_enter');
    expect(msyncs).toHaveLength(ROUNDS);
    const childPid = msyncs[0]?.pid ?? -1;
    expect(childPid).not.toBe(shellPid);
    await checkWorkload(
      events.filter((e) => e.pid !== shellPid),
      'comm',
      childPid,
    );
  });

  const perfOk = spawnSync('perf', ['--version']).status === 0;
  it.skipIf(!perfOk)(
    `the printed perf record line records the workload, and perf script output ingests${perfOk ? '' : ' (skipped: no perf)'}`,
    async () => {
      const printed = await new Promise<string>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [CLI, 'capture', '--print-commands', '--dev', work, '--', ...workloadArgs('perf')],
          { cwd: work, stdio: ['ignore', 'pipe', 'ignore'] },
        );
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
        });
        child.on('error', reject);
        child.on('exit', () => {
          resolve(out);
        });
      });
      const perfLine = printed.split('\n').find((l) => l.startsWith('perf record '));
      expect(perfLine).toBeDefined();
      const rec = spawnSync('bash', ['-c', perfLine ?? 'false'], { cwd: work, encoding: 'utf8' });
      expect(rec.status).toBe(0);
      const script = spawnSync('perf', ['script', '-i', join(work, 'faultreplay.perf.data')], {
        cwd: work,
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'utf8',
      });
      expect(script.status).toBe(0);
      const txt = join(work, 'faultreplay.perf.txt');
      writeFileSync(txt, script.stdout);
      const events = await collect(readEvents(txt));
      const msyncs = events.filter((e) => e.type === 'msync_enter' && e.comm === 'mmwork');
      expect(msyncs).toHaveLength(ROUNDS);
      await checkWorkload(
        events.filter(
          (e) => e.comm === 'mmwork' || (e.type !== 'page_fault' && e.type !== 'msync_enter'),
        ),
        'perf',
        msyncs[0]?.pid ?? -1,
      );
    },
  );

  it('stops cleanly on SIGINT and SIGTERM, writing the file and removing the instance', async () => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      const out = join(work, `${sig}.trace`);
      let cliPid = -1;
      const done = runCli(['--out', out, '--dev', work, '--buffer-kb', '1024'], {
        onSpawn: (p) => {
          cliPid = p;
        },
      });
      // Wait until recording has started (the instance exists and the file has its header).
      for (let i = 0; i < 600; i++) {
        if (cliPid > 0 && (await instancesOf(cliPid)).length > 0 && existsSync(out)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await instancesOf(cliPid)).toHaveLength(1);
      process.kill(cliPid, sig);
      const run = await done;
      expect(run.stderr).toContain(`${sig}: stopping`);
      expect(run.stderr).toContain('stopped by signal');
      expect(run.code).toBe(0);
      expect(await instancesOf(cliPid)).toEqual([]);
      expect(parseCaptureHeader(readFileSync(out, 'utf8').split('\n')[0] ?? '')).toBeDefined();
    }
  });

  it('follows a running process by --pid and stops when it exits', async () => {
    // 300 stores at 150/s: the process runs ~2 s; the capture attaches after it started.
    const args = workloadArgs('pid');
    args[5] = '300'; // writes
    args[6] = '150'; // rate per second
    const proc = spawn(args[0] ?? '', args.slice(1), { stdio: 'ignore' });
    const pid = proc.pid ?? -1;
    const exited = new Promise((r) => proc.on('exit', r));
    const chunks: Buffer[] = [];
    const summary = await recordCapture({
      params: parseCaptureArgs(['--pid', String(pid), '--dev', work]),
      sink: {
        begin: () => Promise.resolve(),
        write: (c) => {
          chunks.push(c);
          return Promise.resolve();
        },
        end: () => Promise.resolve(),
      },
      reporter: { note: () => undefined, warn: () => undefined },
    });
    await exited;
    expect(summary.stoppedBy).toBe('target-exit');
    expect(summary.header.pids).toEqual([pid]);
    const lines = Buffer.concat(chunks).toString('utf8').split('\n');
    const faults = lines.filter((l) => / page_fault_(user|kernel): /.test(l));
    expect(faults.length).toBeGreaterThan(0);
    // The common_pid filter let through the target's faults only.
    expect(faults.every((l) => l.includes(`-${pid} `))).toBe(true);
  });

  it('reports lost events and suggests a bigger buffer when the reader falls behind', async () => {
    // A tiny per-CPU buffer, a busy workload and a sink that sleeps on every chunk: the ring
    // buffer must overwrite unread events.
    const args = workloadArgs('lossy');
    args[2] = '2048'; // pages
    args[5] = '40000'; // writes
    args[7] = '0'; // no msync
    args[8] = 'none';
    const log = createMemoryEventLog();
    let view: CanonicalEvent[] = [];
    const live = createLiveSink({
      captureId: 'lossy',
      target: 'memory',
      openLog: () =>
        Promise.resolve({
          append: async (e) => {
            await new Promise((r) => setTimeout(r, 150));
            return log.append(e);
          },
          flush: () => log.flush(),
          read: (from, o) => log.read(from, o),
          endOffset: () => log.endOffset(),
          close: async () => {
            view = await collect(
              (async function* () {
                for await (const b of log.read(0)) yield b.map((r) => r.event);
              })(),
            );
          },
        }),
      batchSize: 64,
    });
    const summary = await recordCapture({
      params: parseCaptureArgs(['--live', '--log', work, '--buffer-kb', '8', '--', ...args]),
      sink: live,
      commandStdio: 'ignore',
      reporter: { note: () => undefined, warn: () => undefined },
    });
    const lost = totalLost(summary);
    expect(lost).toBeGreaterThan(0);
    expect(describeSummary(summary, 'memory').join('\n')).toMatch(
      /LOST EVENTS: \d+ .*rerun with a bigger --buffer-kb \(now 8, try 32\)/,
    );
    // The log accounts for the loss: its lost events add up to at least the kernel's count.
    const logged = view
      .filter((e): e is EventOf<'lost'> => e.type === 'lost')
      .reduce((n, e) => n + e.data.count, 0);
    expect(logged).toBeGreaterThanOrEqual(
      summary.cpuLoss.reduce((n, c) => n + c.overrun + c.dropped, 0),
    );
    expect(logged).toBe(live.stats.lost);
  });

  it('removes the instance and stops the command when the sink fails mid-capture', async () => {
    let dir: string | undefined;
    let begun = false;
    const capture = recordCapture({
      params: parseCaptureArgs(['--', '/bin/sleep', '61.25']),
      sink: {
        begin: () => {
          begun = true;
          return Promise.resolve();
        },
        write: () => Promise.reject(new Error('disk full (test)')),
        end: () => Promise.resolve(),
      },
      commandStdio: 'ignore',
      reporter: { note: () => undefined, warn: () => undefined },
      onInstance: (inst) => {
        if (inst !== undefined) dir = inst.dir;
      },
    });
    await expect(capture).rejects.toThrow('disk full (test)');
    expect(begun).toBe(true);
    expect(dir).toBeDefined();
    expect(existsSync(dir ?? '/')).toBe(false);
    // The command was terminated rather than left running (wait for the signal to land).
    const running = (): string =>
      spawnSync('pgrep', ['-f', '-x', '/bin/sleep 61.25']).stdout.toString().trim();
    for (let i = 0; i < 100 && running() !== ''; i++) await new Promise((r) => setTimeout(r, 50));
    expect(running()).toBe('');
  });

  it('says what is missing when not allowed to use tracefs', async () => {
    const run = await runCli(['--duration', '1', '--out', '/dev/null'], { uid: 65534, gid: 65534 });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/permission denied|not mounted|run as root/);
    expect(run.stderr).toContain('[RPL_CAPTURE]');
  });
});

/** A capture CLI run in the background, with its stderr so far. */
interface Background {
  readonly pid: number;
  stderr(): string;
  readonly done: Promise<CliRun>;
}

function startCli(args: string[], prefix: readonly string[] = []): Background {
  const argv = [...prefix, process.execPath, CLI, 'capture', ...args];
  const child = spawn(argv[0] ?? '', argv.slice(1), {
    cwd: work,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      resolve({ code, signal, stderr, pid: child.pid ?? -1 });
    });
  });
  return { pid: child.pid ?? -1, stderr: () => stderr, done };
}

async function waitFor(what: string, cond: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts a capture and waits until it records; returns it and its instance directory. */
async function startRecording(args: string[]): Promise<{ run: Background; instance: string }> {
  const run = startCli(args);
  await waitFor('the capture to start recording', async () => {
    return run.stderr().includes('recording ') && (await instancesOf(run.pid)).length === 1;
  });
  const [name] = await instancesOf(run.pid);
  return { run, instance: join(tracefsRoot, 'instances', name ?? '') };
}

describe.skipIf(why !== undefined)('faultreplay capture protects its output and instance', () => {
  it('--out never follows a symlink, never replaces a file without --force, and writes 0600', async () => {
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const link = join(work, 'link.trace');
    symlinkSync(victim, link);
    for (const extra of [[], ['--force']]) {
      const run = await runCli(['--out', link, ...extra, '--', '/bin/true']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot write ${link}: it is a symbolic link`);
      expect(readFileSync(victim, 'utf8')).toBe('precious\n');
      expect(await instancesOf(run.pid)).toEqual([]);
    }

    const existing = join(work, 'existing.trace');
    writeFileSync(existing, 'old\n', { mode: 0o644 });
    const refused = await runCli(['--out', existing, '--', '/bin/true']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the file exists (use --force to replace it)');
    expect(readFileSync(existing, 'utf8')).toBe('old\n');

    const forced = await runCli(['--out', existing, '--force', '--', '/bin/true']);
    expect(forced.code).toBe(0);
    expect(readFileSync(existing, 'utf8')).toMatch(/^# faultreplay-capture: /);
    expect(statSync(existing).mode & 0o777).toBe(0o600);

    const fresh = join(work, 'fresh.trace');
    expect((await runCli(['--out', fresh, '--', '/bin/true'])).code).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('a capture started in another pid namespace leaves a running capture alone', async () => {
    const { run: victim, instance } = await startRecording([
      '--out',
      join(work, 'victim-ns.trace'),
      '--buffer-kb',
      '1024',
      '--duration',
      '4',
    ]);
    // Its pid means nothing in the new namespace: only the lock says it is alive.
    const other = startCli(
      ['--out', join(work, 'other-ns.trace'), '--buffer-kb', '1024', '--', '/bin/true'],
      ['unshare', '--pid', '--fork', '--mount-proc'],
    );
    const otherRun = await other.done;
    expect(otherRun.code).toBe(0);
    expect(otherRun.stderr).not.toContain('removed stale instances');
    expect(existsSync(instance)).toBe(true);
    expect(readFileSync(join(instance, 'tracing_on'), 'utf8').trim()).toBe('1');
    const run = await victim.done;
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('INTERRUPTED');
    expect(existsSync(instance)).toBe(false);
  });

  it('says so and exits 1 when something else stops its instance', async () => {
    const out = join(work, 'stopped.trace');
    const { run, instance } = await startRecording([
      '--out',
      out,
      '--buffer-kb',
      '1024',
      '--duration',
      '3',
    ]);
    writeFileSync(join(instance, 'tracing_on'), '0');
    const done = await run.done;
    expect(done.stderr).toMatch(/INTERRUPTED: tracing_on of \S+ was set to 0 \(seen [\d.]+ s/);
    expect(done.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toMatch(/^# faultreplay-capture: /);
    expect(existsSync(instance)).toBe(false);
  });

  it('kill -9 of the capture: its guardian removes the instance and the lock', async () => {
    const { run, instance } = await startRecording([
      '--out',
      join(work, 'killed.trace'),
      '--buffer-kb',
      '1024',
    ]);
    const lock = join('/run/faultreplay', `${basename(instance)}.lock`);
    expect(existsSync(lock)).toBe(true);
    process.kill(run.pid, 'SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    await waitFor('the instance to go', () => !existsSync(instance));
    await waitFor('the lock file to go', () => !existsSync(lock));
  });

  it('--cleanup removes instances whose lock is free and leaves unlocked ones unless --force', async () => {
    const runDir = await mkdtemp(join(work, 'run-'));
    const stale = `faultreplay-999999-${randomBytes(4).toString('hex')}`;
    await mkdir(join(tracefsRoot, 'instances', stale));
    writeFileSync(join(runDir, `${stale}.lock`), '');
    try {
      const run = await runCli(['--cleanup', '--run-dir', runDir]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`: ${stale}`);
      expect(existsSync(join(tracefsRoot, 'instances', stale))).toBe(false);
    } finally {
      await rm(join(tracefsRoot, 'instances', stale), { recursive: true, force: true });
    }
    // An instance without a lock file (an older faultreplay, maybe live): only --force. Other
    // users of this machine's tracefs may run such captures, so this part uses a stand-in root.
    const fake = await mkdtemp(join(work, 'fake-tracefs-'));
    const legacy = 'faultreplay-1-0a0b0c0d';
    await mkdir(join(fake, 'instances', legacy), { recursive: true });
    const kept = await runCli(['--cleanup', '--run-dir', runDir, '--tracefs', fake]);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain(`left ${legacy}: no lock file`);
    expect(existsSync(join(fake, 'instances', legacy))).toBe(true);
    const forced = await runCli(['--cleanup', '--force', '--run-dir', runDir, '--tracefs', fake]);
    expect(forced.stderr).toContain(`removed 1 stale instance(s): ${legacy}`);
    expect(existsSync(join(fake, 'instances', legacy))).toBe(false);
  });
});
