/**
 * The ingest pipeline: file -> chunks -> line blocks -> parsed lines -> encoded records ->
 * batches -> event log.
 *
 *   openTraceSource ──> lineBlocks ──> parseLine (one reused RawLine) ──> Normalizer ──> record
 *   (gzip by magic)     (byte split,    (charCodeAt scan, interned        (payload by      (Event
 *                        64 KiB blocks)  comm/event names)                  event name)     message)
 *
 * Records are written straight into an `EncodedBatch` (4096 per batch), which the event log
 * stores as they are: no event object per line on the way to the log. `batches()` decodes them
 * for callers that want `CanonicalEvent`s.
 *
 * `CaptureReader` reads one file and keeps its counters; `readEvents` exposes its batches and
 * `ingestFiles` appends them to an EventLog and builds the summary the CLI prints. Nothing here
 * throws per line: a line that cannot be read is counted and reported with file, line number
 * and reason (the first 100 kept), and reading goes on.
 */
import { basename } from 'node:path';
import {
  CAPTURED_TUNABLES,
  SCHEMA_VERSION,
  makeDev,
  type CanonicalEvent,
  type CapturedTunable,
  type CaptureFormat,
  type CaptureHeader,
  type Marker,
  type TimestampNs,
} from '../src/events/index.js';
import { errorMessage, ReplayError } from '../src/errors.js';
import {
  EncodedBatchWriter,
  decodeBatch,
  prependEvent,
  writeEnvelope,
  type EncodedBatch,
} from '../src/codec/index.js';
import { appendEncoded, type AppendResult, type EventLog } from '../src/log/event-log.js';
import { captureClashError, isCaptureClash, isOtherSource } from '../src/log/capture-clash.js';
import { detectFormat, sniffFormat } from './detect.js';
import { contentHash } from './source/content-hash.js';
import { ingestedCaptures, type IngestedCapture } from './already-ingested.js';
import { flatString, Interner, LineKind, newRawLine, type RawLine } from './ftrace/line-parser.js';
import { BlockLines } from './ftrace/line-scan.js';
import { parseCaptureHeader, type CaptureFileHeader } from './capture/header.js';
import { flagKernelForRelease, type FlagKernel } from './normalize/inode-flags.js';
import { genericEvent, Normalizer, type Normalized } from './normalize/normalize.js';
import { timestampValue } from './normalize/envelope.js';
import { lineBlocks, MAX_LINE_BYTES } from './source/line-blocks.js';
import { openTraceSource, sniffBinary } from './source/open-source.js';

export type FormatOption = 'auto' | CaptureFormat;

export interface ReadOptions {
  /** Capture id stamped on every event. @default derived from the file name (see defaultCaptureId) */
  readonly captureId?: string;
  /** Input format. @default 'auto' (sniffed from the first lines) */
  readonly format?: FormatOption;
  /** Kernel version whose inode flag bits decode hex values. @default '6.18' */
  readonly kernel?: FlagKernel;
  /** Events per yielded batch. @default 4096 */
  readonly batchSize?: number;
  /**
   * Read these chunks instead of opening the path (which then only names the input): live
   * capture feeds `trace_pipe` bytes here, laid out like a capture file. @default the file
   */
  readonly source?: AsyncIterable<Buffer>;
  /**
   * The file's fingerprint for the capture header, when the caller already computed it.
   * @default contentHash(path) for a file, '' for a `source` stream
   */
  readonly contentHash?: string;
  /** Also yield a partial batch once its first record is this old (live capture). */
  readonly maxDelayMs?: number;
  /**
   * Losses counted outside the text, asked for when the input ends: the kernel ring buffer's
   * per-CPU overrun counters in live capture. A lost marker is added per CPU for what the text's
   * own lost-event lines did not already report.
   */
  readonly kernelLoss?: () => readonly { readonly cpu: number; readonly count: number }[];
  /**
   * Use the native line scanner when it is built (same results, faster; `false` for the
   * JavaScript parser alone, e.g. to compare the two). @default true
   */
  readonly nativeScan?: boolean;
}

export interface IngestIssue {
  readonly file: string;
  /** 1-based line number (0 when the problem is the file as a whole). */
  readonly line: number;
  readonly reason: string;
}

/** Counters for one file. */
export interface FileStats {
  path: string;
  format: CaptureFormat | 'unknown';
  captureId: string;
  /** Lines read, comments and blank lines included. */
  lines: number;
  /** Canonical events produced (header and lost markers included). */
  events: number;
  /** Event lines: lines that became a trace event (lost markers excluded). */
  eventLines: number;
  byTracepoint: Map<string, number>;
  byKind: Map<string, number>;
  /** Event lines kept as `generic` because the event is not modelled. */
  unknown: number;
  /** Lines that are not trace lines (not counted as events). */
  malformed: number;
  /** Modelled events whose payload did not match the known format, kept as `generic`. */
  payloadMismatch: number;
  /** Lines continuing a multi-line print payload (kept in the previous event's raw text). */
  continuation: number;
  /** Events the tracer reported lost (sum of known counts). */
  lost: number;
  /** Lost-event markers whose count the tracer did not print. */
  lostUnknownCount: number;
  /** `entries-written` minus `entries-in-buffer` from an ftrace header: events overwritten. */
  overwritten: number;
  issues: IngestIssue[];
  issuesTotal: number;
  /** What the first lines look like, when a forced format (`format` option) disagrees. */
  detectedFormat?: CaptureFormat;
  /** The input's fingerprint, as written into its capture header ('' for a stream). */
  contentHash: string;
  /** Tracer header facts, when printed. */
  cpus: number;
  kernel: string;
}

export const MAX_ISSUES = 100;
const BATCH = 4096;
/** A batch is also cut at this many encoded bytes (long generic payloads). */
const BATCH_BYTES = 4 << 20;

/**
 * Deterministic capture id from a file name: the base name without `.gz` and trace suffixes,
 * restricted to `[A-Za-z0-9._-]`, so the same input always gives the same log.
 */
/**
 * Why `id` cannot be a capture id, or undefined when it can: the characters and length of the
 * default ids (`[A-Za-z0-9._-]`, at most 128), so an id is safe in a terminal, a file name, a
 * Kafka key and a SQL literal alike.
 */
export function captureIdProblem(id: string): string | undefined {
  if (id === '') return 'must not be empty';
  if (id.length > 128) return `is ${id.length} characters long (at most 128)`;
  if (!/^[A-Za-z0-9._-]+$/.test(id)) return 'may hold only letters, digits, . _ and -';
  return undefined;
}

export function defaultCaptureId(path: string): string {
  let name = basename(path);
  name = name.replace(/\.gz$/i, '');
  name = name.replace(/\.(trace|txt|tracecmd-report|report|perfscript|perf|systrace|log)$/i, '');
  name = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return name.length > 0 ? name : 'capture';
}

/**
 * The filtered device and its filesystem from a `faultreplay capture` header (`dev=0:40
 * fs=btrfs`), as CaptureHeader fields; '' / 0 when the file has no such header or fields.
 */
function recordedDevice(h: CaptureFileHeader | undefined): Pick<CaptureHeader, 'fsType' | 'fsDev'> {
  const m = /^(\d+):(\d+)$/.exec(h?.dev ?? '');
  return {
    fsType: h?.fsType ?? '',
    fsDev: m === null ? 0 : makeDev(Number(m[1]), Number(m[2])),
  };
}

/**
 * The tunables a `faultreplay capture` header recorded (`dirty_expire_ms=... commit_ms=...
 * mount_opts=...`), as CaptureHeader fields; a tunable it did not record stays undefined.
 */
function recordedTunables(
  h: CaptureFileHeader | undefined,
): Pick<CaptureHeader, CapturedTunable | 'mountOptions'> {
  const t = h?.tunables ?? {};
  const out: Partial<Record<CapturedTunable, number>> = {};
  for (const name of CAPTURED_TUNABLES) {
    const v = t[name];
    // The header is text: keep only what the log's uint64 fields can hold exactly.
    if (v !== undefined && Number.isSafeInteger(v) && v >= 0) out[name] = v;
  }
  return { ...out, mountOptions: t.mountOptions ?? '' };
}

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

/** True when the text has no control characters other than tab: a plausible print payload. */
function isPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0d) || c === 0x7f || c === 0xfffd) return false;
  }
  return true;
}

/**
 * The last event read while a continuation line may still extend its text: a free-text event
 * (marker or unmodelled tracepoint; a quarter of a typical capture's lines). What rebuilding it
 * takes is copied from the parsed line (strings by reference) instead of making an event object
 * per such line; `extend` builds the object only when a continuation actually comes.
 */
class OpenText {
  active = false;
  line = 0;
  seq = 0;
  ts: number | bigint = 0;
  cpu = 0;
  pid = 0;
  tgid = -1;
  comm = '';
  marker = false;
  name = '';
  subsystem = '';
  /** The first line's payload (the generic fields are split from it alone). */
  first = '';
  text = '';

  open(seq: number, ts: number | bigint, line: number, raw: RawLine, norm: Normalized): void {
    this.active = true;
    this.seq = seq;
    this.ts = ts;
    this.line = line;
    this.cpu = raw.cpu;
    this.pid = raw.pid;
    this.tgid = raw.tgid;
    this.comm = raw.comm;
    this.marker = norm.type === 'marker';
    this.name = norm.tracepoint;
    this.subsystem = raw.subsystem;
    this.first = raw.payload;
    this.text = this.marker ? (norm.data as Marker).text : raw.payload;
  }

  /** The event with one more line of text. */
  extend(captureId: string, more: string): CanonicalEvent {
    this.text = `${this.text}\n${more}`;
    const envelope = {
      captureId,
      seq: this.seq,
      ts: (typeof this.ts === 'bigint' ? this.ts : BigInt(this.ts)) as TimestampNs,
      cpu: this.cpu,
      pid: this.pid,
      tgid: this.tgid,
      comm: this.comm,
      line: this.line,
    };
    if (this.marker) return { ...envelope, type: 'marker', data: { text: this.text } };
    const { name, subsystem, fields } = genericEvent(this.name, this.subsystem, this.first);
    return { ...envelope, type: 'generic', data: { name, subsystem, fields, raw: this.text } };
  }
}

/** Reads one capture file into canonical events, counting everything it sees. */
export class CaptureReader {
  readonly stats: FileStats;
  private readonly options: ReadOptions;
  /** Size of the file on disk (compressed size for gzip), known once reading started. */
  bytesTotal = 0;
  private progressRef: { bytesRead: number } | undefined;
  /** Where the capture stopped (set when `encodedBatches` ends or throws): for its end event. */
  private end: { seq: number; ts: number | bigint; started: boolean } = {
    seq: 0,
    ts: 0,
    started: false,
  };

  constructor(path: string, options: ReadOptions = {}) {
    this.options = options;
    this.stats = {
      path,
      format: 'unknown',
      // Flat: it is copied into every record.
      captureId: flatString(options.captureId ?? defaultCaptureId(path)),
      lines: 0,
      events: 0,
      eventLines: 0,
      byTracepoint: new Map(),
      byKind: new Map(),
      unknown: 0,
      malformed: 0,
      payloadMismatch: 0,
      continuation: 0,
      lost: 0,
      lostUnknownCount: 0,
      overwritten: 0,
      issues: [],
      issuesTotal: 0,
      cpus: 0,
      contentHash: '',
      kernel: '',
    };
  }

  get fileBytesRead(): number {
    return this.progressRef?.bytesRead ?? 0;
  }

  /**
   * The capture's end event as a batch, once `encodedBatches` stopped (read to its end, or
   * broken off: `inputDamaged`); undefined when nothing of the capture was yielded. The caller
   * appends it when the capture really ended: never for a killed or aborted capture, which
   * then replays as incomplete.
   */
  captureEnd(inputDamaged: boolean): EncodedBatch | undefined {
    const { seq, ts, started } = this.end;
    if (!started) return undefined;
    const st = this.stats;
    bump(st.byKind, 'capture_end');
    st.events++;
    const out = new EncodedBatchWriter(512);
    out.add({
      captureId: st.captureId,
      seq,
      ts: (typeof ts === 'bigint' ? ts : BigInt(ts)) as TimestampNs,
      cpu: 0,
      pid: 0,
      tgid: -1,
      comm: '',
      line: 0,
      type: 'capture_end',
      // What ingest skipped travels with the capture, so a replay (of the file log or of
      // Kafka, by another process, later) can store it with the run (#15).
      data: {
        events: seq,
        inputBytes: this.fileBytesRead,
        inputDamaged,
        badLines: st.malformed,
        payloadMismatchLines: st.payloadMismatch,
      },
    });
    return out.take();
  }

  private issue(line: number, reason: string): void {
    const st = this.stats;
    st.issuesTotal++;
    if (st.issues.length < MAX_ISSUES) st.issues.push({ file: st.path, line, reason });
  }

  /**
   * Yields batches of canonical events, the capture header first, `seq` dense from 0.
   * Throws `ReplayError('RPL_INPUT')` when the file cannot be opened, is binary, or its gzip
   * stream is damaged (events already yielded stay valid).
   */
  async *batches(): AsyncGenerator<CanonicalEvent[]> {
    for await (const b of this.encodedBatches()) yield decodeBatch(b);
  }

  /**
   * `batches()` as encoded records: the hot path. Each event line is written straight into the
   * batch buffer as a `faultreplay.v1.Event` message (envelope from the parsed line, payload from
   * the normaliser), so no event object and no bigint timestamp is made per line; only events
   * that may still change (a free-text payload continued on the next line), lost markers and the
   * header go through objects.
   */
  async *encodedBatches(): AsyncGenerator<EncodedBatch> {
    const st = this.stats;
    const stream = this.options.source;
    const source =
      stream === undefined
        ? await openTraceSource(st.path)
        : { bytes: 0, progress: { bytesRead: 0 }, chunks: () => stream };
    if (stream === undefined)
      st.contentHash = this.options.contentHash ?? (await contentHash(st.path));
    this.progressRef = source.progress;
    this.bytesTotal = source.bytes;
    const maxDelayMs = this.options.maxDelayMs;
    let batchSince = 0;
    /** Lost events the text reported, by CPU (for `kernelLoss`). */
    const textLostByCpu = new Map<number, number>();
    const batchSize = this.options.batchSize ?? BATCH;
    const captureId = st.captureId;
    const names = new Interner();
    const raw = newRawLine();
    const lines = new BlockLines(this.options.nativeScan ?? true);
    const norm: Normalized = {
      type: 'generic',
      data: { name: '', subsystem: '', fields: [], raw: '' },
      tracepoint: '',
      fallback: 1,
      outOfRange: false,
      rangeReason: '',
    };
    let normalizer: Normalizer | undefined;
    let format: CaptureFormat | undefined =
      this.options.format === undefined || this.options.format === 'auto'
        ? undefined
        : this.options.format;
    const out = new EncodedBatchWriter();
    const w = out.w;
    let seq = 1;
    let headerDone = false;
    let nsClock = true;
    let lastTs: number | bigint = 0;
    let lineNo = 0;
    /** The last record, while it may take continuation lines (a free-text event). */
    const openText = new OpenText();
    let firstChunk = true;
    const tpCount = new Map<string, { n: number }>();
    const kindCount = new Map<string, { n: number }>();
    const foldCounts = (): void => {
      for (const [name, c] of tpCount) bump(st.byTracepoint, name, c.n);
      for (const [name, c] of kindCount) bump(st.byKind, name, c.n);
      tpCount.clear();
      kindCount.clear();
    };

    /** The `# faultreplay-capture:` first line of files written by `faultreplay capture`. */
    let recorded: CaptureFileHeader | undefined;
    const header = (): CanonicalEvent => {
      const data: CaptureHeader = {
        captureId,
        sourceFile: st.path,
        format: format ?? 'ftrace',
        kernel: recorded?.kernel ?? st.kernel,
        clock: recorded?.clock ?? '',
        host: recorded?.host ?? '',
        schemaVersion: SCHEMA_VERSION,
        hz: recorded?.hz ?? 0,
        nsClock,
        ...recordedDevice(recorded),
        contentHash: st.contentHash,
        ...recordedTunables(recorded),
        endsWithCaptureEnd: true,
      };
      bump(st.byKind, 'header');
      st.events++;
      return {
        captureId,
        seq: 0,
        ts: 0n as TimestampNs,
        cpu: 0,
        pid: 0,
        tgid: -1,
        comm: '',
        line: 0,
        type: 'header',
        data,
      };
    };
    /** The records so far as a batch, the capture header in front of the first one. */
    const take = (): EncodedBatch => {
      openText.active = false;
      const b = out.take();
      if (headerDone) return b;
      headerDone = true;
      return prependEvent(header(), b);
    };
    /**
     * A lost-events marker, stamped with the last event's time. (seq and ts are passed in, not
     * captured: a closure over them would move the hot loop's counters out of registers.)
     */
    const addLost = (
      seqNo: number,
      ts: number | bigint,
      cpu: number,
      count: number,
      countKnown: boolean,
      kind: 'lost' | 'buffer_started',
      line: number,
    ): void => {
      bump(st.byKind, 'lost');
      st.events++;
      out.add({
        captureId,
        seq: seqNo,
        ts: (typeof ts === 'bigint' ? ts : BigInt(ts)) as TimestampNs,
        cpu,
        pid: 0,
        tgid: -1,
        comm: '',
        line,
        type: 'lost',
        data: { cpu, count, countKnown, kind },
      });
    };
    const full = (): boolean => out.count >= batchSize || out.bytes >= BATCH_BYTES;

    const chunks = source.chunks();
    async function* sniffed(self: CaptureReader): AsyncGenerator<Buffer> {
      for await (const chunk of chunks) {
        if (firstChunk) {
          firstChunk = false;
          const why = sniffBinary(chunk);
          if (why !== undefined) {
            throw new ReplayError('RPL_INPUT', `${self.stats.path}: ${why}`);
          }
        }
        yield chunk;
      }
    }

    try {
      for await (const block of lineBlocks(sniffed(this))) {
        if (block.kind === 'oversize') {
          lineNo++;
          st.lines++;
          st.malformed++;
          openText.active = false;
          this.issue(
            lineNo,
            `line of ${block.bytes} bytes exceeds the ${MAX_LINE_BYTES}-byte limit; skipped`,
          );
          continue;
        }
        const text = block.text;
        const isTail = block.kind === 'tail';
        if (maxDelayMs !== undefined && out.count === 0) batchSince = Date.now();
        if (format === undefined) format = detectFormat(text) ?? 'ftrace';
        else if (lineNo === 0) {
          // A forced format the first lines clearly contradict: read as told, but say so.
          const seen = sniffFormat(text);
          if (seen?.certain === true && seen.format !== format) st.detectedFormat = seen.format;
        }
        if (normalizer === undefined) {
          if (lineNo === 0) {
            const nl = text.indexOf('\n');
            recorded = parseCaptureHeader(nl === -1 ? text : text.slice(0, nl));
            if (recorded !== undefined) st.kernel = recorded.kernel;
          }
          const kernel =
            this.options.kernel ?? (st.kernel !== '' ? flagKernelForRelease(st.kernel) : undefined);
          normalizer = new Normalizer({
            format,
            ...(kernel !== undefined ? { kernel } : {}),
            ...(recorded !== undefined && recorded.hz > 0 ? { hz: recorded.hz } : {}),
          });
          st.format = format;
        }
        lines.reset(text, block.ascii);
        for (;;) {
          const kind = lines.next(raw, names);
          if (kind === -1) break;
          const ls = lines.lineStart;
          const e = lines.lineEnd;
          lineNo++;
          if (kind === LineKind.Event) {
            if (full()) {
              st.lines = lineNo;
              yield take();
            }
            if (st.eventLines === 0) nsClock = !raw.tsInteger;
            const ts = timestampValue(raw);
            out.begin();
            try {
              writeEnvelope(w, captureId, seq, ts, raw.cpu, raw.pid, raw.tgid, raw.comm, lineNo);
              normalizer.encode(raw, norm, w);
            } catch (err) {
              // A value the schema cannot hold (e.g. a cpu beyond uint32): this line only.
              out.abandon();
              openText.active = false;
              st.malformed++;
              this.issue(lineNo, `${raw.name}: cannot encode: ${errorMessage(err)}`);
              continue;
            }
            // Only free-text payloads can continue on the next line: markers and unmodelled
            // events (trace_printk output, other subsystems). Syscalls and modelled events have a
            // fixed layout, so a strange line after them is malformed, not a continuation.
            if (
              norm.type === 'marker' ||
              (norm.type === 'generic' &&
                norm.fallback === 1 &&
                !norm.tracepoint.startsWith('sys_'))
            ) {
              openText.open(seq, ts, lineNo, raw, norm);
            } else {
              openText.active = false;
            }
            seq++;
            lastTs = ts;
            st.eventLines++;
            // Counter objects: one Map.get and an increment per line (no Map.set).
            let c = tpCount.get(norm.tracepoint);
            if (c === undefined) tpCount.set(norm.tracepoint, (c = { n: 0 }));
            c.n++;
            let k = kindCount.get(norm.type);
            if (k === undefined) kindCount.set(norm.type, (k = { n: 0 }));
            k.n++;
            if (norm.fallback === 1) st.unknown++;
            else if (norm.fallback === 2) {
              st.payloadMismatch++;
              this.issue(
                lineNo,
                raw.payload.startsWith('[FAILED TO PARSE]')
                  ? `${norm.tracepoint}: the tracer could not format this event ([FAILED TO PARSE]); kept as generic with its raw fields`
                  : norm.outOfRange === true
                    ? `${norm.tracepoint}: ${norm.rangeReason}; refused, kept as generic with its raw text`
                    : `${norm.tracepoint}: payload does not match the known format; kept as generic`,
              );
            }
            st.events++;
            if (isTail)
              this.issue(lineNo, 'last line has no line end (file may be truncated); read anyway');
            continue;
          }
          if (kind === LineKind.Skip) {
            if (text.charCodeAt(ls) === 0x23) this.headerComment(text.slice(ls, e));
            continue;
          }
          if (kind === LineKind.Lost || kind === LineKind.BufferStarted) {
            if (full()) {
              st.lines = lineNo;
              yield take();
            }
            openText.active = false;
            const known = raw.lostCount >= 0;
            if (known) {
              st.lost += raw.lostCount;
              textLostByCpu.set(raw.lostCpu, (textLostByCpu.get(raw.lostCpu) ?? 0) + raw.lostCount);
            } else st.lostUnknownCount++;
            addLost(
              seq++,
              lastTs,
              raw.lostCpu,
              known ? raw.lostCount : 0,
              known,
              kind === LineKind.Lost ? 'lost' : 'buffer_started',
              lineNo,
            );
            continue;
          }
          if (kind === LineKind.CpusHeader) {
            st.cpus = raw.cpus;
            continue;
          }
          // Malformed. A printable line right after a free-text event (a print / marker / unmodelled
          // event) is the rest of a payload that contained a newline (trace_printk or a marker write
          // with '\n'): keep it with that event and report it, but do not call it malformed.
          const line = text.slice(ls, e);
          if (openText.active && !isTail && isPrintable(line)) {
            st.continuation++;
            st.lines++;
            // The open event is the last record: replace it with its continued text.
            out.abandon();
            out.add(openText.extend(captureId, line));
            this.issue(
              lineNo,
              `continuation of the multi-line payload of line ${openText.line}; kept in that event's text`,
            );
            continue;
          }
          st.malformed++;
          openText.active = false;
          const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
          this.issue(
            lineNo,
            `${isTail ? 'truncated last line: ' : ''}${raw.error}: ${JSON.stringify(shown)}`,
          );
        }
        st.lines = lineNo;
        if (maxDelayMs !== undefined && out.count > 0 && Date.now() - batchSince >= maxDelayMs)
          yield take();
      }
    } catch (e) {
      // A stream that breaks off (a truncated .gz): the lines read so far are counted, so the
      // events they made are yielded too, or the counts would exceed what the caller appends.
      if (e instanceof ReplayError && e.code === 'RPL_INPUT' && out.count > 0) {
        st.lines = lineNo;
        yield take();
      }
      throw e;
    } finally {
      foldCounts();
      // st.events counts the header once a batch was taken: something of the capture was yielded.
      this.end = { seq, ts: lastTs, started: st.events > 0 };
    }
    st.lines = lineNo;
    if (st.format === 'unknown' && format !== undefined) st.format = format;
    // Losses the kernel counted but the text did not mark: one `lost` event per CPU.
    for (const { cpu, count } of this.options.kernelLoss?.() ?? []) {
      const missing = count - (textLostByCpu.get(cpu) ?? 0);
      if (missing <= 0) continue;
      st.lost += missing;
      addLost(seq++, lastTs, cpu, missing, true, 'lost', 0);
    }
    if (out.count > 0) yield take();
    this.end = { seq, ts: lastTs, started: st.events > 0 };
  }

  /** Facts from `#` header lines: overwritten events, the kernel of latency-format headers. */
  private headerComment(line: string): void {
    const st = this.stats;
    const m = /^# entries-in-buffer\/entries-written: (\d+)\/(\d+)/.exec(line);
    if (m !== null) {
      const inBuffer = Number(m[1]);
      const written = Number(m[2]);
      if (written > inBuffer) {
        st.overwritten += written - inBuffer;
        this.issue(
          0,
          `ftrace header: ${written - inBuffer} events were overwritten before the buffer was read`,
        );
      }
      return;
    }
    const k = /^# \w+ latency trace v[\d.]+ on (\S+)/.exec(line);
    if (k !== null) st.kernel = k[1]!;
  }
}

/**
 * Batches of canonical events of one file, the capture header first, seq dense from 0.
 * Throws `ReplayError('RPL_INPUT')` for a missing, unreadable, directory or binary file.
 */
export function readEvents(
  path: string,
  options: ReadOptions = {},
): AsyncIterable<readonly CanonicalEvent[]> {
  return new CaptureReader(path, options).batches();
}

export interface IngestProgress {
  readonly file: string;
  readonly fileIndex: number;
  readonly fileCount: number;
  readonly lines: number;
  readonly events: number;
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

export interface IngestOptions {
  /** @default 'auto' */
  readonly format?: FormatOption;
  /**
   * Capture id for a single file; with several files each gets `<id>.<default id of the file>`.
   * @default defaultCaptureId(path)
   */
  readonly captureId?: string;
  /** @default '6.18' */
  readonly kernel?: FlagKernel;
  /** Called after each appended batch. */
  readonly onProgress?: (p: IngestProgress) => void;
  /** See `ReadOptions.nativeScan`. @default true */
  readonly nativeScan?: boolean;
  /**
   * Skip a file whose content hash a capture header in `log` (or an earlier file of this call)
   * already has, and list it in `alreadyIngested` instead of appending it again.
   * @default false
   */
  readonly skipIngested?: boolean;
}

export interface IngestFileSummary {
  readonly path: string;
  readonly format: CaptureFormat | 'unknown';
  readonly lines: number;
  readonly events: number;
  readonly captureId: string;
  readonly malformed: number;
  readonly unknown: number;
  readonly lost: number;
  /** Set when the format was forced and the file's first lines look like this one instead. */
  readonly detectedFormat?: CaptureFormat;
}

/** A file read only in part: its first `lines` lines gave the `events` appended. */
export interface DamagedFile {
  readonly path: string;
  readonly reason: string;
  readonly lines: number;
  readonly events: number;
}

/** The `faultreplay ingest --json` object. */
export interface IngestSummary {
  /** Files read (at least in part), in argument order. */
  readonly files: IngestFileSummary[];
  /** Lines read, comments and blank lines included. */
  readonly lines: number;
  /** Canonical events appended (capture headers and lost-event markers included). */
  readonly events: number;
  /** Every event line by kernel event name (no subsystem; syscalls as sys_enter_X / sys_exit_X). */
  readonly byTracepoint: Record<string, number>;
  /** Canonical events by `type` (sums to `events`). */
  readonly byKind: Record<string, number>;
  /** Event lines kept as `generic` because the event is not modelled. */
  readonly unknown: number;
  /** Lines that are not trace lines (counted, reported, not turned into events). */
  readonly malformed: number;
  /** Events the tracers reported lost, summed over the markers that give a count. */
  readonly lost: number;
  /** Lost-event markers without a count (`CPU:N [LOST EVENTS]`, `##### CPU N buffer started`). */
  readonly lostUnknownCount: number;
  /** Events overwritten before the `trace` file was read (its entries-written header). */
  readonly overwritten: number;
  /** Modelled events whose payload did not match the known format (kept as generic). */
  readonly payloadMismatch: number;
  /** Continuation lines of multi-line print payloads (kept in their event's text). */
  readonly continuation: number;
  /** The first 100 problems: file, 1-based line (0 = the file as a whole), reason. */
  readonly issues: IngestIssue[];
  readonly issuesTotal: number;
  /** Files that could not be read at all (missing, directory, binary, empty). */
  readonly skippedFiles: { readonly path: string; readonly reason: string }[];
  /**
   * Files whose input broke off (a damaged gzip stream) after some events: what was read before
   * the damage is appended and counted in `files`; the rest of the file is missing.
   */
  readonly damagedFiles: DamagedFile[];
  /** Files skipped because the log already held them (`skipIngested`): where, under what id. */
  readonly alreadyIngested: ({ readonly path: string } & IngestedCapture)[];
  /** Log offsets appended: [firstOffset, nextOffset). */
  readonly firstOffset: number;
  readonly nextOffset: number;
}

function sortedRecord(m: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...m.keys()].sort()) out[k] = m.get(k)!;
  return out;
}

/** Reads every file and appends its events to `log`; never throws for bad input. */
export async function ingestFiles(
  paths: readonly string[],
  log: EventLog,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const files: IngestFileSummary[] = [];
  const skippedFiles: { path: string; reason: string }[] = [];
  const damagedFiles: DamagedFile[] = [];
  const alreadyIngested: ({ path: string } & IngestedCapture)[] = [];
  const byTracepoint = new Map<string, number>();
  const byKind = new Map<string, number>();
  const issues: IngestIssue[] = [];
  let issuesTotal = 0;
  let lines = 0;
  let events = 0;
  let unknown = 0;
  let malformed = 0;
  let lost = 0;
  let lostUnknownCount = 0;
  let overwritten = 0;
  let payloadMismatch = 0;
  let continuation = 0;
  const firstOffset = await log.endOffset();
  let nextOffset = firstOffset;
  const known =
    options.skipIngested === true ? await ingestedCaptures(log, firstOffset) : undefined;

  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    const captureId =
      options.captureId === undefined
        ? defaultCaptureId(path)
        : paths.length === 1
          ? options.captureId
          : `${options.captureId}.${defaultCaptureId(path)}`;
    let hash: string | undefined;
    if (known !== undefined) {
      // An unreadable path has no hash; the reader then reports why it cannot be read.
      hash = await contentHash(path).catch(() => undefined);
      const earlier = hash === undefined ? undefined : known.byHash.get(hash);
      if (earlier !== undefined) {
        alreadyIngested.push({ path, ...earlier });
        continue;
      }
      // Another file under a capture id the log holds: refused, as the Kafka sink refuses it.
      const taken = known.byId.get(captureId);
      const incoming = { sourceFile: path, contentHash: hash ?? '' };
      if (taken !== undefined && isOtherSource(taken, incoming)) {
        const reason = captureClashError(captureId, 'the event log', taken, incoming).message;
        skippedFiles.push({ path, reason });
        issuesTotal++;
        if (issues.length < MAX_ISSUES) issues.push({ file: path, line: 0, reason });
        continue;
      }
    }
    const fileStart = nextOffset;
    const reader = new CaptureReader(path, {
      ...(hash !== undefined ? { contentHash: hash } : {}),
      captureId,
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.kernel !== undefined ? { kernel: options.kernel } : {}),
      ...(options.nativeScan !== undefined ? { nativeScan: options.nativeScan } : {}),
    });
    const st = reader.stats;
    let failure: string | undefined;
    /** The log refused the file: its capture id holds another file (nothing of it appended). */
    let clash: string | undefined;
    // One append in flight while the next batch is parsed: the log's write I/O overlaps the
    // parse instead of idling it. Appends stay strictly sequential (the next starts only after
    // the previous settled), as the EventLog port expects.
    let pending: Promise<AppendResult> | undefined;
    const settle = async (): Promise<void> => {
      if (pending === undefined) return;
      const p = pending;
      pending = undefined;
      nextOffset = (await p).nextOffset;
    };
    try {
      for await (const batch of reader.encodedBatches()) {
        await settle();
        pending = appendEncoded(log, batch);
        // Marks a rejection as handled while parsing goes on; `settle` still rethrows it.
        pending.catch(() => undefined);
        options.onProgress?.({
          file: path,
          fileIndex: i,
          fileCount: paths.length,
          lines: st.lines,
          events: st.events,
          bytesRead: reader.fileBytesRead,
          bytesTotal: reader.bytesTotal,
        });
      }
      await settle();
    } catch (e) {
      // The events read before an input error are kept: let their append finish first.
      await settle();
      // Input problems are reported per file; log failures are not input problems: rethrow.
      if (e instanceof ReplayError && e.code === 'RPL_INPUT') failure = e.message;
      else if (isCaptureClash(e)) clash = e.message;
      else throw e;
    }
    if (clash !== undefined) {
      // Refused before any of its events was stored: skipped as a whole, the rest goes on.
      skippedFiles.push({ path, reason: clash });
      issuesTotal++;
      if (issues.length < MAX_ISSUES) issues.push({ file: path, line: 0, reason: clash });
      continue;
    }
    if (failure === undefined && st.events === 0) {
      failure =
        st.lines === 0
          ? `${path}: empty file`
          : `${path}: no trace events in ${st.lines} lines (${st.malformed} unreadable)`;
    }
    // Every capture that was read ends with its end event, a damaged one saying so; a killed
    // ingest writes none, and its capture replays as incomplete.
    const end = reader.captureEnd(failure !== undefined);
    if (end !== undefined) nextOffset = (await appendEncoded(log, end)).nextOffset;
    // Logs that keep capture streams (Kafka) replay only a capture marked complete: one whose
    // input failed part-way is not.
    if (failure === undefined) await log.endCapture?.(st.captureId);
    if (failure !== undefined) {
      const reason = failure.startsWith(`${path}: `) ? failure.slice(path.length + 2) : failure;
      if (st.events > 0) damagedFiles.push({ path, reason, lines: st.lines, events: st.events });
      else skippedFiles.push({ path, reason });
      issuesTotal++;
      if (issues.length < MAX_ISSUES) issues.push({ file: path, line: 0, reason });
    }
    if (hash !== undefined && st.events > 0)
      known?.byHash.set(hash, {
        captureId: st.captureId,
        offset: fileStart,
        endOffset: nextOffset,
      });
    if (st.events > 0 && !(known?.byId.has(st.captureId) ?? true))
      known?.byId.set(st.captureId, { sourceFile: path, contentHash: hash ?? '' });
    if (st.events > 0 || failure === undefined) {
      files.push({
        path,
        format: st.format,
        lines: st.lines,
        events: st.events,
        captureId: st.captureId,
        malformed: st.malformed,
        unknown: st.unknown,
        lost: st.lost,
        ...(st.detectedFormat !== undefined ? { detectedFormat: st.detectedFormat } : {}),
      });
    }
    lines += st.lines;
    events += st.events;
    unknown += st.unknown;
    malformed += st.malformed;
    lost += st.lost;
    lostUnknownCount += st.lostUnknownCount;
    overwritten += st.overwritten;
    payloadMismatch += st.payloadMismatch;
    continuation += st.continuation;
    for (const [k, v] of st.byTracepoint) bump(byTracepoint, k, v);
    for (const [k, v] of st.byKind) bump(byKind, k, v);
    issuesTotal += st.issuesTotal;
    for (const it of st.issues) if (issues.length < MAX_ISSUES) issues.push(it);
  }
  await log.flush();
  return {
    files,
    lines,
    events,
    byTracepoint: sortedRecord(byTracepoint),
    byKind: sortedRecord(byKind),
    unknown,
    malformed,
    lost,
    lostUnknownCount,
    overwritten,
    payloadMismatch,
    continuation,
    issues,
    issuesTotal,
    skippedFiles,
    damagedFiles,
    alreadyIngested,
    firstOffset,
    nextOffset,
  };
}
