/**
 * `faultreplay capture`: record the events the replay needs from this machine's kernel, into an
 * ftrace text file or (`--live`) straight into the event log. The work is in `ingest/capture/`;
 * this file parses flags, wires the sink, and turns SIGINT / SIGTERM into a clean stop so the
 * tracefs instance is always removed.
 */
import { release } from 'node:os';
import type { Command, CliIo } from '../command.js';
import { errorMessage, isReplayError } from '../../errors.js';
import type { EventLog } from '../../log/event-log.js';
import {
  CAPTURE_SET,
  CAPTURE_USAGE,
  compactUtc,
  createFileSink,
  createLiveSink,
  describeSummary,
  expandPids,
  formatToolCommands,
  locateTracefs,
  parseCaptureArgs,
  prepareRunDir,
  readAvailableEvents,
  readEventFields,
  recordCapture,
  missingFsEvents,
  resolveDevice,
  selectEvents,
  sweepStaleInstances,
  type CaptureParams,
  type CaptureSink,
  type LiveSink,
  type TracefsInstance,
} from '../../../ingest/capture/index.js';

async function printCommands(params: CaptureParams, io: CliIo): Promise<number> {
  let available: Set<string>;
  let root: string | undefined;
  try {
    root = await locateTracefs({
      ...(params.tracefs === '' ? {} : { root: params.tracefs }),
      mount: false,
    });
    available = await readAvailableEvents(root);
  } catch (e) {
    io.stderr.write(
      `faultreplay capture: ${errorMessage(e)}\n` +
        "  (cannot read this kernel's available_events: printing every candidate name; remove the ones your kernel lacks)\n",
    );
    available = new Set(CAPTURE_SET.flatMap((s) => s.names));
  }
  const pids = params.pids.length > 0 ? await expandPids(params.pids) : [];
  const device = params.dev === '' ? undefined : await resolveDevice(params.dev);
  const sel = selectEvents({
    available,
    kernel: release(),
    pids,
    comms: params.comms,
    ...(device === undefined ? {} : { device }),
    ...(root === undefined ? {} : { fieldsOf: (e: string) => readEventFields(root, e) }),
    ...(params.events === 'auto' ? {} : { explicit: params.events }),
  });
  for (const w of sel.warnings) io.stderr.write(`warning: ${w}\n`);
  if (device !== undefined) {
    const enabled = sel.events.map((e) => e.event);
    for (const w of missingFsEvents(device.fsType ?? '', enabled)) {
      io.stderr.write(`warning: ${w}\n`);
    }
  }
  if (params.command.length > 0 && params.comms.length === 0) {
    io.stderr.write(
      "note: the command's pid is not known in advance, so these lines record every task's faults " +
        'and syscalls; add --comm NAME to filter them by task name\n',
    );
  }
  io.stdout.write(
    formatToolCommands({
      events: sel.events,
      clock: params.clock,
      bufferKb: params.bufferKb,
      ...(params.command.length > 0 ? { command: params.command } : {}),
      ...(params.durationS > 0 ? { durationS: params.durationS } : {}),
    }),
  );
  return 0;
}

/**
 * The event log `--live` appends to. Adapters are imported when opened, so a file capture does
 * not load kafkajs.
 */
function liveDestination(
  params: CaptureParams,
  io: CliIo,
): { target: string; open: () => Promise<EventLog> } {
  if (params.kafka !== '') {
    return {
      target: `kafka ${params.kafka} topic ${params.topic}`,
      open: async () => {
        const { createKafkaTopicSink } = await import('../../log/kafka-event-log.js');
        return createKafkaTopicSink({
          brokers: params.kafka,
          topic: params.topic,
          logger: (l) => {
            // kafkajs warns about defaults we chose on purpose; errors are worth showing.
            if (l.level === 'error') {
              io.stderr.write(`kafka ${l.level}: ${l.message}\n`);
            }
          },
        });
      },
    };
  }
  return {
    target: `file log ${params.logDir}`,
    open: async () => {
      const { createFileEventLog } = await import('../../log/file-event-log.js');
      return createFileEventLog({
        dir: params.logDir,
        onWarning: (m) => io.stderr.write(`warning: ${m}\n`),
      });
    },
  };
}

/** `--cleanup`: remove the instances of captures that are gone, say what was left and why. */
async function cleanupInstances(params: CaptureParams, io: CliIo): Promise<number> {
  try {
    const root = await locateTracefs({
      ...(params.tracefs === '' ? {} : { root: params.tracefs }),
      mount: false,
    });
    await prepareRunDir(params.runDir);
    const swept = await sweepStaleInstances(root, params.runDir, {
      includeUnlocked: params.force,
    });
    io.stderr.write(
      `removed ${swept.removed.length} stale instance(s)` +
        (swept.removed.length > 0 ? `: ${swept.removed.join(', ')}` : '') +
        '\n',
    );
    if (swept.unlocked.length > 0) {
      io.stderr.write(
        `left ${swept.unlocked.join(', ')}: no lock file in ${params.runDir}, so its owner may ` +
          'still run (an older faultreplay); --cleanup --force removes it\n',
      );
    }
    return 0;
  } catch (e) {
    io.stderr.write(`faultreplay capture --cleanup: ${errorMessage(e)}\n`);
    return 1;
  }
}

export async function runCapture(args: readonly string[], io: CliIo): Promise<number> {
  let params: CaptureParams;
  try {
    params = parseCaptureArgs(args);
  } catch (e) {
    io.stderr.write(`faultreplay capture: ${errorMessage(e)}\n`);
    return 2;
  }
  if (params.printCommands) return printCommands(params, io);
  if (params.cleanup) return cleanupInstances(params, io);

  const started = new Date();
  const out = params.out === '' ? `faultreplay-${compactUtc(started)}.trace` : params.out;
  const captureId = params.captureId === '' ? `capture-${compactUtc(started)}` : params.captureId;
  let sink: CaptureSink;
  let target: string;
  let live: LiveSink | undefined;
  if (params.live) {
    const dest = liveDestination(params, io);
    sink = live = createLiveSink({
      captureId,
      openLog: dest.open,
      target: dest.target,
      source: 'trace_pipe',
      note: (m) => io.stderr.write(`${m}\n`),
    });
    target = dest.target;
  } else {
    sink = createFileSink(out, io.stdout, { force: params.force });
    target = out;
  }

  // SIGINT / SIGTERM stop the capture cleanly; a second one exits at once (after a synchronous
  // best-effort removal of the instance). 'exit' covers everything else that ends the process.
  const abort = new AbortController();
  let current: TracefsInstance | undefined;
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals): void => {
    signals++;
    io.stderr.write(`\nfaultreplay capture: ${sig}: stopping\n`);
    if (signals > 1) {
      current?.removeSync();
      process.exit(130);
    }
    abort.abort();
  };
  const onExit = (): void => current?.removeSync();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', onExit);
  try {
    const summary = await recordCapture({
      params,
      sink,
      signal: abort.signal,
      // With --out - the trace owns stdout: the command's output goes to stderr.
      commandStdio: params.out === '-' ? ['inherit', 2, 'inherit'] : 'inherit',
      reporter: {
        note: (m) => io.stderr.write(`${m}\n`),
        warn: (m) => io.stderr.write(`warning: ${m}\n`),
      },
      onInstance: (inst) => {
        current = inst;
      },
    });
    for (const line of describeSummary(summary, target)) io.stderr.write(`${line}\n`);
    // An interrupted capture still wrote what it recorded, but must not look like a success.
    const status = summary.interrupted === undefined ? 0 : 1;
    if (live !== undefined) {
      const st = live.stats;
      io.stderr.write(
        `live: ${st.events} events appended in ${st.appends} batches from ${st.lines} lines` +
          ` (${st.malformed} unreadable, ${st.lost} events lost)\n`,
      );
      for (const i of st.issues.slice(0, 5)) io.stderr.write(`live: line ${i.line}: ${i.reason}\n`);
      if (st.issuesTotal > 5) io.stderr.write(`live: … ${st.issuesTotal - 5} more line issue(s)\n`);
    }
    return status;
  } catch (e) {
    const code = isReplayError(e) ? ` [${e.code}]` : '';
    io.stderr.write(`faultreplay capture: ${errorMessage(e)}${code}\n`);
    return isReplayError(e) && e.code === 'RPL_CONFIG' ? 2 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
  }
}

export const captureCommand: Command = {
  name: 'capture',
  summary: 'record the kernel events the replay needs (root, tracefs), to a file or live',
  usage: CAPTURE_USAGE,
  run: runCapture,
};
