/**
 * One capture, start to finish: set up a private tracefs instance, stream its `trace_pipe` into a
 * sink (a file, or the live event log), stop on the first of duration / signal / command exit /
 * target exit, account for lost events, and remove the instance whatever happens.
 *
 *   locate tracefs -> sweep stale instances -> select events -> lock (guardian)
 *   -> mkdir instance (tracing off) -> buffer_size_kb, trace_clock, filters, enable
 *   -> sink.begin(header) -> tracing_on=1 -> [resume the stopped command] -> pump trace_pipe
 *   (checking every second that nobody stopped the instance) -> stop condition -> final check
 *   -> tracing_on=0 -> drain -> per-CPU stats -> sink.end() -> rmdir instance -> unlock
 *
 * Streaming `trace_pipe` (rather than reading `trace` at the end) keeps the ring buffer drained,
 * so a long capture does not need a buffer as large as the whole trace; `buffer_size_kb` only has
 * to absorb bursts while the reader catches up.
 */
import { hostname, release, cpus } from 'node:os';
import { readFile } from 'node:fs/promises';
import { ReplayError } from '../../src/errors.js';
import { selectEvents, type DeviceFilter, type EventSelection, FilterKind } from './event-set.js';
import type { CaptureFileHeader } from './header.js';
import { missingFsEvents } from './fs-needs.js';
import type { CaptureParams } from './options.js';
import { TracePipeReader, parseLostLine } from './pipe-reader.js';
import {
  createInstance,
  instanceName,
  locateTracefs,
  readAvailableEvents,
  readEventFields,
  readKernelHz,
  type CpuLoss,
  type TracefsInstance,
} from './tracefs.js';
import {
  prepareRunDir,
  startGuardian,
  sweepStaleInstances,
  type InstanceGuardian,
} from './instance-guard.js';
import { join } from 'node:path';
import {
  expandPids,
  processAlive,
  resolveDevice,
  spawnStopped,
  type StoppedChild,
} from './target.js';
import type { StdioOptions } from 'node:child_process';
import { readCaptureTunables } from './tunables.js';

/** Where the recorded text goes. */
export interface CaptureSink {
  /** Called once, before tracing starts. */
  begin(header: CaptureFileHeader): Promise<void>;
  /** Raw `trace_pipe` bytes, in order; chunk boundaries fall anywhere inside lines. */
  write(chunk: Buffer): Promise<void>;
  /** Called once after the last chunk (not called when the capture fails). */
  end(summary: CaptureSummary): Promise<void>;
  /** Called instead of `end` when the capture fails after `begin`: release files and sockets. */
  abort?(): Promise<void>;
}

export interface CaptureReporter {
  /** Progress and notes (stderr). */
  note(msg: string): void;
  warn(msg: string): void;
}

export type StopReason = 'duration' | 'signal' | 'command-exit' | 'target-exit';

export interface CaptureSummary {
  readonly instance: string;
  readonly header: CaptureFileHeader;
  readonly selection: EventSelection;
  readonly bytes: number;
  /** `[LOST N EVENTS]` lines seen in the stream, and the events they count (unknown counts as 0). */
  readonly lostLines: number;
  readonly lostEvents: number;
  /** Per-CPU ring buffer counters at the end. */
  readonly cpuLoss: readonly CpuLoss[];
  readonly stoppedBy: StopReason;
  /** Exit code of `-- CMD`, when one ran and ended. */
  readonly commandExit: number | undefined;
  /**
   * Set when the instance was found stopped or its events disabled during the capture (checked
   * every second and at the end), with when it was first seen: the trace is incomplete.
   */
  readonly interrupted: string | undefined;
}

export interface RecordOptions {
  readonly params: CaptureParams;
  readonly sink: CaptureSink;
  readonly reporter: CaptureReporter;
  /** Aborting stops the capture cleanly (SIGINT / SIGTERM). */
  readonly signal?: AbortSignal;
  /** stdio of `-- CMD`. @default 'inherit' */
  readonly commandStdio?: StdioOptions;
  /** Called with the instance as soon as it exists (tests, and the exit-time cleanup hook). */
  readonly onInstance?: (inst: TracefsInstance | undefined) => void;
}

/** Total lost events: stream markers, or the kernel counters when larger (they overlap). */
export function totalLost(s: Pick<CaptureSummary, 'lostEvents' | 'cpuLoss'>): number {
  const counters = s.cpuLoss.reduce((n, c) => n + c.overrun + c.dropped, 0);
  return Math.max(s.lostEvents, counters);
}

/** Checks that the per-CPU buffers fit in memory; returns the size to use. */
async function checkBufferSize(kb: number, reporter: CaptureReporter): Promise<number> {
  const meminfo = await readFile('/proc/meminfo', 'utf8').catch(() => '');
  const m = /^MemAvailable:\s+(\d+) kB/m.exec(meminfo);
  const ncpu = Math.max(1, cpus().length);
  if (m === null) return kb;
  const limit = Math.floor(Number(m[1]) / 4 / ncpu);
  if (kb > limit) {
    reporter.warn(
      `--buffer-kb ${kb} x ${ncpu} CPUs exceeds a quarter of MemAvailable (${m[1]} kB): using ${limit}`,
    );
    return Math.max(1, limit);
  }
  return kb;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/** Runs one capture; throws `ReplayError` (RPL_CAPTURE / RPL_CONFIG) on setup failures. */
export async function recordCapture(opts: RecordOptions): Promise<CaptureSummary> {
  const { params, reporter } = opts;
  const root = await locateTracefs({
    ...(params.tracefs === '' ? {} : { root: params.tracefs }),
    mount: params.mount,
    note: (m) => {
      reporter.note(m);
    },
  });
  await prepareRunDir(params.runDir);
  const swept = await sweepStaleInstances(root, params.runDir);
  if (swept.removed.length > 0)
    reporter.note(`removed stale instances of dead captures: ${swept.removed.join(', ')}`);

  const kernel = release();
  const available = await readAvailableEvents(root);
  const device: DeviceFilter | undefined =
    params.dev === '' ? undefined : await resolveDevice(params.dev);
  const bufferKb = await checkBufferSize(params.bufferKb, reporter);

  // The target tasks. A command is started stopped first, so its pid is known before it runs.
  let child: StoppedChild | undefined;
  let pids: number[] = [];
  let inst: TracefsInstance | undefined;
  let guardian: InstanceGuardian | undefined;
  const stopCtl = new AbortController();
  let sinkOpen = false;
  let reader: TracePipeReader | undefined;
  let pump: Promise<void> | undefined;
  try {
    if (params.command.length > 0) {
      child = await spawnStopped(params.command, opts.commandStdio ?? 'inherit');
      pids = [child.pid];
    } else if (params.pids.length > 0) {
      pids = await expandPids(params.pids);
    }
    const selection = selectEvents({
      available,
      kernel,
      pids,
      comms: params.comms,
      excludePids: [process.pid],
      ...(device === undefined ? {} : { device }),
      fieldsOf: (e) => readEventFields(root, e),
      ...(params.events === 'auto' ? {} : { explicit: params.events }),
    });
    for (const w of selection.warnings) reporter.warn(w);
    if (selection.events.length === 0) {
      throw new ReplayError('RPL_CAPTURE', 'none of the requested events exists on this kernel');
    }

    const name = instanceName();
    guardian = await startGuardian(params.runDir, join(root, 'instances', name), name);
    inst = await createInstance(root, name);
    opts.onInstance?.(inst);
    await inst.write('buffer_size_kb', String(bufferKb));
    const clocks = await inst.read('trace_clock');
    if (!clocks.replace(/[[\]]/g, '').split(/\s+/).includes(params.clock)) {
      throw new ReplayError(
        'RPL_CONFIG',
        `--clock: '${params.clock}' is not offered by this kernel (${clocks.trim()})`,
      );
    }
    await inst.write('trace_clock', params.clock);

    const enabled: string[] = [];
    for (const e of selection.events) {
      try {
        await inst.enableEvent(e.event, e.filter);
        enabled.push(e.event);
      } catch (err) {
        // A task filter that fails must not turn into "every task" silently: skip the event.
        if (e.filter === '' || e.kind === FilterKind.Pid) {
          reporter.warn(`${e.event} not enabled: ${(err as Error).message}`);
          continue;
        }
        reporter.warn(
          `${e.event}: device filter rejected, enabled unfiltered: ${(err as Error).message}`,
        );
        await inst.write(`events/${e.event.replace(':', '/')}/filter`, '0').catch(() => undefined);
        await inst.enableEvent(e.event, '');
        enabled.push(e.event);
      }
    }

    // Known only with --dev: without it the capture may span several filesystems.
    if (device !== undefined) {
      for (const w of missingFsEvents(device.fsType ?? '', enabled)) reporter.warn(w);
    }

    const header: CaptureFileHeader = {
      kernel,
      clock: await inst.clock(),
      hz: await readKernelHz(kernel),
      host: hostname(),
      started: new Date().toISOString(),
      events: enabled,
      pids,
      comms: params.comms,
      dev: device === undefined ? '' : devString(device.dev),
      fsType: device?.fsType ?? '',
      bufferKb,
      tunables: await readCaptureTunables(device === undefined ? '' : devString(device.dev)),
    };

    const pipe = new TracePipeReader(inst.path('trace_pipe'));
    reader = pipe;
    await opts.sink.begin(header);
    sinkOpen = true;
    let lostLines = 0;
    let lostEvents = 0;
    const pumping = (async () => {
      for await (const chunk of pipe) {
        for (let at = chunk.indexOf('[LOST'); at !== -1; at = chunk.indexOf('[LOST', at + 1)) {
          const start = chunk.lastIndexOf(0x0a, at) + 1;
          const endNl = chunk.indexOf(0x0a, at);
          const lost = parseLostLine(
            chunk.toString('utf8', start, endNl === -1 ? chunk.length : endNl),
          );
          if (lost !== undefined) {
            lostLines++;
            lostEvents += lost.count ?? 0;
          }
        }
        await opts.sink.write(chunk);
      }
    })();
    pump = pumping;
    // A failing sink must stop the capture too; keep its rejection observed.
    pumping.catch(() => {
      stopCtl.abort();
    });

    await inst.write('tracing_on', '1');
    reporter.note(
      `recording ${enabled.length} events in ${inst.dir}` +
        (pids.length > 0 ? ` for pid ${pids.join(',')}` : '') +
        (params.comms.length > 0 ? ` for comm ${params.comms.join(',')}` : '') +
        (pids.length === 0 && params.comms.length === 0 ? ' for all tasks' : '') +
        (device === undefined ? '' : ` on device ${header.dev}`) +
        (params.durationS > 0 ? ` for ${params.durationS} s` : '') +
        (child === undefined && params.durationS === 0 && params.pids.length === 0
          ? ' until Ctrl-C'
          : ''),
    );
    child?.resume();

    let interrupted: string | undefined;
    const startedAt = Date.now();
    const recording = inst;
    const checkRecording = async (): Promise<void> => {
      if (interrupted !== undefined) return;
      const problem = await recording.recordingProblem(enabled);
      if (problem !== undefined) {
        interrupted = `${problem} (seen ${((Date.now() - startedAt) / 1000).toFixed(1)} s into the capture)`;
      }
    };
    const stopping = (): boolean => stopCtl.signal.aborted;
    const watching = (async () => {
      while (!stopping()) {
        await sleep(1000, stopCtl.signal);
        if (!stopping()) await checkRecording();
      }
    })();

    let commandExit: number | undefined;
    const stoppedBy = await new Promise<StopReason>((resolve) => {
      const done = (r: StopReason): void => {
        resolve(r);
        stopCtl.abort();
      };
      if (params.durationS > 0) {
        void sleep(params.durationS * 1000, stopCtl.signal).then(() => {
          if (!stopCtl.signal.aborted) done('duration');
        });
      }
      if (opts.signal !== undefined) {
        if (opts.signal.aborted) done('signal');
        opts.signal.addEventListener('abort', () => {
          done('signal');
        });
      }
      stopCtl.signal.addEventListener('abort', () => {
        resolve('signal');
      });
      if (child !== undefined) {
        void child.exited.then(async (code) => {
          commandExit = code;
          if (params.afterS > 0) await sleep(params.afterS * 1000, stopCtl.signal);
          if (!stopCtl.signal.aborted) done('command-exit');
        });
      } else if (params.pids.length > 0) {
        void (async () => {
          while (!stopCtl.signal.aborted) {
            const alive = await Promise.all(params.pids.map((p) => processAlive(p)));
            if (!alive.some(Boolean)) {
              done('target-exit');
              return;
            }
            await sleep(200, stopCtl.signal);
          }
        })();
      }
    });

    await watching;
    await checkRecording();
    await inst.write('tracing_on', '0');
    pipe.stop();
    pump = undefined;
    await pumping;
    const cpuLoss = await inst.lossStats();
    const summary: CaptureSummary = {
      instance: inst.dir,
      header,
      selection,
      bytes: pipe.bytes,
      lostLines,
      lostEvents,
      cpuLoss,
      stoppedBy,
      commandExit,
      interrupted,
    };
    sinkOpen = false;
    await opts.sink.end(summary);
    return summary;
  } finally {
    stopCtl.abort();
    // On a failure after the pump started: close trace_pipe, or rmdir of the instance gets EBUSY.
    reader?.stop();
    await pump?.catch(() => undefined);
    if (sinkOpen) await opts.sink.abort?.().catch(() => undefined);
    if (child?.child.exitCode === null && child.child.signalCode === null) {
      // The capture ended first (duration, Ctrl-C, error): do not leave the command stopped or running.
      child.child.kill('SIGCONT');
      child.child.kill('SIGTERM');
    }
    try {
      if (inst !== undefined) await inst.remove();
    } finally {
      if (inst !== undefined) opts.onInstance?.(undefined);
      await guardian?.release();
    }
  }
}

function devString(dev: number): string {
  return `${Math.floor(dev / 2 ** 20)}:${dev % 2 ** 20}`;
}

/** The stderr report of a finished capture, including the loss advice. */
export function describeSummary(s: CaptureSummary, out: string): string[] {
  const lines: string[] = [];
  const lost = totalLost(s);
  lines.push(
    `captured ${s.bytes} bytes of trace to ${out} (stopped by ${s.stoppedBy}` +
      (s.commandExit === undefined ? '' : `, command exit ${s.commandExit}`) +
      `); instance ${s.instance} removed`,
  );
  if (s.interrupted !== undefined) {
    lines.push(
      `INTERRUPTED: ${s.interrupted}; something else stopped this capture's instance, so the ` +
        'trace covers only part of the run and its loss counts cannot be trusted.',
    );
  }
  if (lost > 0 || s.lostLines > 0) {
    const perCpu = s.cpuLoss
      .filter((c) => c.overrun + c.dropped > 0)
      .map((c) => `cpu${c.cpu}: overrun ${c.overrun}, dropped ${c.dropped}`)
      .join('; ');
    lines.push(
      `LOST EVENTS: ${lost} (${s.lostLines} [LOST] markers in the stream${perCpu === '' ? '' : `; ${perCpu}`}). ` +
        `The replay will be incomplete: rerun with a bigger --buffer-kb (now ${s.header.bufferKb}, try ${
          s.header.bufferKb * 4
        }), fewer events, or a --pid / --dev filter.`,
    );
  } else {
    lines.push('no events lost');
  }
  return lines;
}
