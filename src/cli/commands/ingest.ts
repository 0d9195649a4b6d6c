/**
 * `faultreplay ingest`: read ftrace / trace-cmd report / perf script captures (plain or gzip)
 * and append their canonical events to the event log. The work is in `ingest/`; this file
 * parses flags, opens the sink, shows progress on a terminal and prints the summary.
 *
 * Sinks: the sink is just an `EventLog`. `openSink` switches on `IngestArgs.sink.kind`; a new
 * sink (e.g. Kafka: `--kafka BROKERS [--topic T]`) adds its flags to `OPTIONS`, a variant to
 * `SinkSpec`, a line in `sinkFromFlags` and a branch in `openSink`, nothing else.
 */
import {
  DEFAULT_LOG_DIR,
  logDirOf,
  parseCommandLine,
  type Command,
  type CliIo,
} from '../command.js';
import { startIngestPhase } from '../progress.js';
import { checkKafkaBeforeWork } from '../store-runs.js';
import { ReplayError } from '../../errors.js';
import type { EventLog } from '../../log/event-log.js';
import { createFileEventLog } from '../../log/file-event-log.js';
import { terminalText } from '../format/index.js';
import {
  FLAG_KERNELS,
  captureIdProblem,
  ingestFiles,
  type FlagKernel,
  type FormatOption,
  type DamagedFile,
  type IngestIssue,
  type IngestSummary,
} from '../../../ingest/index.js';

const FORMATS: readonly FormatOption[] = ['auto', 'ftrace', 'trace-cmd', 'perf'];
const DEFAULT_KAFKA_TOPIC = 'faultreplay.events';

const USAGE = `Usage: faultreplay ingest [options] FILE...

Read kernel trace captures and append their canonical events to the event log.
Inputs: ftrace 'trace' / 'trace_pipe' text, 'trace-cmd report' text, 'perf script' text,
plain or gzip (detected by content, not by name).

Options:
  --format FMT       auto | ftrace | trace-cmd | perf (default: auto, sniffed per file)
  --log DIR          event log directory (default: ./${DEFAULT_LOG_DIR})
  --kafka BROKERS    append to a Kafka topic instead (host:port[,host:port]); each capture is
                     one ordered stream of gzip-compressed event batches keyed by capture id,
                     ended by an end-of-capture record; a re-run appends only what is missing
  --topic TOPIC      Kafka topic (default: ${DEFAULT_KAFKA_TOPIC}); created if missing
  --partitions N     partitions of a topic this command creates (default: 6)
  --capture-id ID    capture id (default: the file name without .gz and trace suffixes;
                     with several files: ID.<file name>); a file whose id the log or topic
                     already holds for a different file is refused (skipped, both named)
  --kernel VER       kernel whose inode flag bits decode hex flags printed by trace-cmd/perf:
                     ${FLAG_KERNELS.join(' | ')} (default: from a faultreplay-capture header, else 6.18)
  --json             print the summary as one JSON object on stdout
  --force            append a file the file log already holds (same content hash in its
                     capture header) again; without it such a file is skipped and named
  -h, --help         show this help

Exit status: 0 when at least one file was read or was already in the log (bad lines and
unreadable files are reported, not fatal), 1 when nothing could be read, 2 on a usage error, 3 when an input broke off
(a truncated .gz): what was read before the damage is kept in the log, the rest is missing.
`;

const OPTIONS = {
  format: { type: 'string' },
  log: { type: 'string' },
  'capture-id': { type: 'string' },
  kernel: { type: 'string' },
  json: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  kafka: { type: 'string' },
  topic: { type: 'string' },
  partitions: { type: 'string' },
} as const;

/** The local segmented file log. */
export interface FileSinkSpec {
  readonly kind: 'file';
  readonly dir: string;
}
/** Where the events go (a union: other sinks add a variant). */
export type SinkSpec = FileSinkSpec | KafkaSinkSpec;
/** A Kafka topic of capture streams (src/log/kafka-event-log.ts `createKafkaTopicSink`). */
export interface KafkaSinkSpec {
  readonly kind: 'kafka';
  readonly brokers: string;
  readonly topic: string;
  readonly partitions: number;
}

export interface IngestArgs {
  readonly files: readonly string[];
  readonly format: FormatOption;
  readonly captureId: string | undefined;
  readonly kernel: FlagKernel | undefined;
  readonly json: boolean;
  /** Append files the file log already holds (same content hash) again. */
  readonly force: boolean;
  readonly sink: SinkSpec;
}

/** The input flags `ingest` and `run` share, validated; throws `ReplayError('RPL_CONFIG')`. */
/** `--capture-id`, checked like the default ids at parse time; the error shows it escaped. */
export function checkedCaptureId(id: string | undefined): string | undefined {
  const problem = id === undefined ? undefined : captureIdProblem(id);
  if (problem !== undefined) {
    throw new ReplayError('RPL_CONFIG', `--capture-id '${terminalText(id ?? '')}' ${problem}`);
  }
  return id;
}

export function parseInputFlags(v: {
  readonly format?: string | undefined;
  readonly kernel?: string | undefined;
  readonly 'capture-id'?: string | undefined;
}): { format: FormatOption; kernel: FlagKernel | undefined; captureId: string | undefined } {
  const format = (v.format ?? 'auto') as FormatOption;
  if (!FORMATS.includes(format)) {
    throw new ReplayError(
      'RPL_CONFIG',
      `--format must be one of ${FORMATS.join(', ')} (got '${v.format ?? ''}')`,
    );
  }
  const kernel = v.kernel as FlagKernel | undefined;
  if (kernel !== undefined && !FLAG_KERNELS.includes(kernel)) {
    throw new ReplayError(
      'RPL_CONFIG',
      `--kernel must be one of ${FLAG_KERNELS.join(', ')} (got '${kernel}')`,
    );
  }
  const captureId = checkedCaptureId(v['capture-id']);
  return { format, kernel, captureId };
}

/** Parses and validates the command line; throws `ReplayError('RPL_CONFIG')` on misuse. */
export function parseIngestArgs(args: readonly string[], io: Pick<CliIo, 'cwd'>): IngestArgs {
  const parsed = parseCommandLine(
    { args: [...args], options: OPTIONS, allowPositionals: true, strict: true },
    USAGE,
  );
  const v = parsed.values;
  const { format, kernel, captureId } = parseInputFlags(v);
  if (parsed.positionals.length === 0) {
    throw new ReplayError('RPL_CONFIG', `no input FILE given\n\n${USAGE}`);
  }
  return {
    files: parsed.positionals,
    format,
    captureId,
    kernel,
    json: v.json,
    force: v.force,
    sink: sinkFromFlags(v, io),
  };
}

function sinkFromFlags(
  v: {
    log?: string | undefined;
    kafka?: string | undefined;
    topic?: string | undefined;
    partitions?: string | undefined;
  },
  io: Pick<CliIo, 'cwd'>,
): SinkSpec {
  if (v.kafka !== undefined) return kafkaSinkFromFlags({ ...v, kafka: v.kafka });
  if (v.topic !== undefined || v.partitions !== undefined) {
    throw new ReplayError('RPL_CONFIG', '--topic and --partitions need --kafka BROKERS');
  }
  return { kind: 'file', dir: logDirOf(io, v.log) };
}

/** Opens the sink the flags chose (the segmented file log unless --kafka). */
export async function openSink(spec: SinkSpec, io: CliIo): Promise<EventLog> {
  if (spec.kind === 'kafka') {
    await checkKafkaBeforeWork(spec.brokers, io, 'ingest');
    // Loaded only for --kafka, so file ingests never load the Kafka client.
    const { createKafkaTopicSink } = await import('../../log/kafka-event-log.js');
    return createKafkaTopicSink({
      brokers: spec.brokers,
      topic: spec.topic,
      numPartitions: spec.partitions,
      onResume: (id, held, ended) =>
        io.stderr.write(
          `faultreplay ingest: capture ${id}: ${ended ? `already complete in ${spec.topic} (${held} events); nothing appended` : `${held} events already in ${spec.topic}; appending the rest`}\n`,
        ),
    });
  }
  return createFileEventLog({
    dir: spec.dir,
    onWarning: (m) => io.stderr.write(`faultreplay ingest: ${spec.dir}: ${m}\n`),
  });
}

function describeSink(spec: SinkSpec): string {
  return spec.kind === 'kafka' ? `kafka://${spec.brokers}/${spec.topic}` : spec.dir;
}

/** `--kafka BROKERS [--topic T] [--partitions N]` (issue 5). */
function kafkaSinkFromFlags(v: {
  log?: string | undefined;
  kafka: string;
  topic?: string | undefined;
  partitions?: string | undefined;
}): KafkaSinkSpec {
  if (v.log !== undefined) {
    throw new ReplayError('RPL_CONFIG', 'give either --log DIR or --kafka BROKERS, not both');
  }
  if (v.kafka.trim() === '') {
    throw new ReplayError('RPL_CONFIG', '--kafka needs host:port[,host:port]');
  }
  const partitions = v.partitions === undefined ? 6 : Number(v.partitions);
  if (!Number.isInteger(partitions) || partitions < 1) {
    throw new ReplayError(
      'RPL_CONFIG',
      `--partitions must be a positive integer (got '${v.partitions ?? ''}')`,
    );
  }
  return { kind: 'kafka', brokers: v.kafka, topic: v.topic ?? DEFAULT_KAFKA_TOPIC, partitions };
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** A warning per file whose forced `--format` its first lines contradict. */
export function formatWarnings(s: IngestSummary): string[] {
  return s.files
    .filter((f) => f.detectedFormat !== undefined)
    .map(
      (f) =>
        `warning: ${f.path}: --format ${f.format} was forced, but its first lines look like ${f.detectedFormat}; read as ${f.format}`,
    );
}

/**
 * The issues to list: all but those of a file that failed as a whole, which gets its own
 * Skipped / Damaged line, so that nothing is reported twice.
 */
export function issuesToList(s: IngestSummary): { listed: IngestIssue[]; listedTotal: number } {
  const ownLine = new Set([...s.skippedFiles, ...s.damagedFiles].map((f) => f.path));
  const listed = s.issues.filter((i) => !(i.line === 0 && ownLine.has(i.file)));
  return { listed, listedTotal: s.issuesTotal - (s.issues.length - listed.length) };
}

/** One line for a file read only in part: why, and what of it the log now holds. */
export function damagedLine(f: DamagedFile): string {
  return `Damaged ${f.path}: ${f.reason}; kept the ${fmt(f.events)} events of its first ${fmt(f.lines)} lines, the rest is missing`;
}

/** The human-readable summary. */
export function formatSummary(s: IngestSummary, where: string): string {
  const out: string[] = [];
  out.push(
    `Ingested ${s.files.length} file${s.files.length === 1 ? '' : 's'}: ${fmt(s.lines)} lines, ${fmt(s.events)} events -> ${where} (offsets ${s.firstOffset}..${s.nextOffset})`,
  );
  for (const f of s.files) {
    out.push(
      `  ${terminalText(f.path)}  [${f.format}]  ${fmt(f.lines)} lines  ${fmt(f.events)} events  capture=${terminalText(f.captureId)}`,
    );
  }
  const kinds = Object.entries(s.byKind)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${fmt(n)}`);
  if (kinds.length > 0) out.push(`Events by kind: ${kinds.join(', ')}`);
  out.push(
    `Unmodelled (kept as generic): ${fmt(s.unknown)}   Malformed lines: ${fmt(s.malformed)}   Lost events: ${fmt(s.lost)}${s.lostUnknownCount > 0 ? ` (+${s.lostUnknownCount} markers without a count)` : ''}`,
  );
  if (s.payloadMismatch > 0)
    out.push(`Payloads not in the known format (kept as generic): ${fmt(s.payloadMismatch)}`);
  if (s.continuation > 0)
    out.push(`Continuation lines of multi-line payloads: ${fmt(s.continuation)}`);
  if (s.overwritten > 0)
    out.push(`Overwritten before reading (ftrace header): ${fmt(s.overwritten)}`);
  const { listed, listedTotal } = issuesToList(s);
  if (listedTotal > 0) {
    const shown = listed.slice(0, 20);
    out.push(`Issues (${shown.length} of ${fmt(listedTotal)}):`);
    for (const i of shown) {
      out.push(`  ${terminalText(`${i.file}${i.line > 0 ? `:${i.line}` : ''}: ${i.reason}`)}`);
    }
  }
  for (const f of s.skippedFiles) out.push(`Skipped ${terminalText(`${f.path}: ${f.reason}`)}`);
  for (const f of s.damagedFiles) out.push(terminalText(damagedLine(f)));
  for (const f of s.alreadyIngested)
    out.push(
      terminalText(
        `Already ingested ${f.path}: the log holds it as capture ${f.captureId} (offset ${f.offset}); skipped (--force appends it again)`,
      ),
    );
  return `${out.join('\n')}\n`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read ftrace / trace-cmd / perf captures into the event log',
  usage: USAGE,
  async run(args, io) {
    const a = parseIngestArgs(args, io);
    const log = await openSink(a.sink, io);
    const progress = startIngestPhase(io, 'ingest', a.files);
    let summary: IngestSummary;
    try {
      summary = await ingestFiles(a.files, log, {
        format: a.format,
        ...(a.captureId !== undefined ? { captureId: a.captureId } : {}),
        ...(a.kernel !== undefined ? { kernel: a.kernel } : {}),
        onProgress: progress.onProgress,
        // Only the file log is scanned for earlier copies: reading a whole Kafka topic back
        // to check would cost more than the ingest.
        skipIngested: !a.force && a.sink.kind === 'file',
      });
    } finally {
      progress.finish();
      await log.close();
    }
    for (const w of formatWarnings(summary)) io.stderr.write(`faultreplay ingest: ${w}\n`);
    if (a.json) {
      io.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      io.stdout.write(formatSummary(summary, describeSink(a.sink)));
    }
    if (summary.files.length === 0 && summary.alreadyIngested.length === 0) {
      if (a.json) {
        for (const f of summary.skippedFiles)
          io.stderr.write(`faultreplay ingest: ${f.path}: ${f.reason}\n`);
      }
      io.stderr.write('faultreplay ingest: nothing could be read\n');
      return 1;
    }
    if (summary.damagedFiles.length > 0) {
      if (a.json) for (const f of summary.damagedFiles) io.stderr.write(`${damagedLine(f)}\n`);
      return 3;
    }
    return 0;
  },
};
