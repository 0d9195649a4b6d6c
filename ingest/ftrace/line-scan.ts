/**
 * The lines of one decoded block, one at a time, parsed into a `RawLine`.
 *
 * Two ways, same results: the JavaScript parser (`parseLineAt`) for every line, or, when the
 * optional native scanner is built (native/line-scan.c, `npm run build`) and the block is ASCII,
 * a native pre-scan of the whole block that locates the columns of the common event line shape
 * in one call; its rows are copied into the `RawLine` here, and every line it does not take goes
 * to `parseLineAt` as before. Rows also carry the event name's id (names are made into strings
 * once per id) and, for page faults, syscall arguments and inode dirtying in their common form,
 * the payload's values (`RawLine.faultAt`, `argsAt`, `inodeAt`), which the normaliser then
 * writes without reading the text again. The native scan is the ingest path's largest single
 * saving, see the README's Performance section. `FAULTREPLAY_NATIVE=0` turns it off.
 */
import { loadAddon } from '../../src/native/load-addon.js';
import {
  LineKind,
  parseLineAt,
  type Interner,
  type PayloadStyle,
  type RawLine,
} from './line-parser.js';

interface NativeLineScan {
  /**
   * Scans the lines of `bytes[from, to)` into rows of `ROW` int32; returns the rows written.
   * `names` (NAME_TABLE int32, zeroed at first, then only scan's) gives event names their ids.
   */
  scan(bytes: Uint8Array, from: number, to: number, rows: Int32Array, names: Int32Array): number;
  /** Int32s per row: a build with another row layout is not used. */
  readonly LAYOUT: number;
  /** Int32s of a name table. */
  readonly NAME_TABLE: number;
}

/** Row fields, as native/line-scan.c writes them. */
const R_LINE_START = 0;
const R_LINE_END = 1;
const R_STATUS = 2;
const R_PID = 3;
const R_CPU = 4;
const R_COMM_START = 5;
const R_COMM_END = 6;
const R_CONTEXT_END = 7;
const R_FLAGS_START = 8;
const R_FLAGS_END = 9;
const R_TS_SEC = 10;
const R_TS_FRAC = 11;
const R_TS_FRAC_DIGITS = 12;
const R_NAME_START = 13;
const R_NAME_END = 14;
const R_STYLE = 15;
const R_PAYLOAD_START = 16;
const R_PAYLOAD_END = 17;
const R_FAULT = 18;
const R_NAME_ID = 24;
const R_ARGS = 25;
const R_ARG0 = 26;
const R_INODE = R_ARG0 + 8 * 6;
const ROW = R_INODE + 11;
const TWO_32 = 4294967296;

/** A value the scanner wrote as its low and high 32 bits (below 2^53: exact as a double). */
export function scannedNumber(rows: Int32Array, low: number, high: number): number {
  return rows[high]! * TWO_32 + (rows[low]! >>> 0);
}

/**
 * Where a page fault's values read by the native scanner are, from the row at `raw.faultAt` of
 * `raw.scanRows` (see native/line-scan.c): address and ip as low and high halves, error code.
 */
export const ScannedFault = {
  addressLow: R_FAULT + 1,
  addressHigh: R_FAULT + 2,
  ipLow: R_FAULT + 3,
  ipHigh: R_FAULT + 4,
  errorCode: R_FAULT + 5,
} as const;

/**
 * Where an inode-dirtied payload read by the native scanner is, from the row at `raw.inodeAt` of
 * `raw.scanRows` (see native/line-scan.c): the bdi's major and minor, the inode number's low and
 * high 32 bits, and the state and flags texts (ranges of `raw.src`) with their ids, which are
 * dense and per `scanRows` (-1 when the scanner's table is full).
 */
export const ScannedInode = {
  major: R_INODE + 1,
  minor: R_INODE + 2,
  inoLow: R_INODE + 3,
  inoHigh: R_INODE + 4,
  stateId: R_INODE + 5,
  stateStart: R_INODE + 6,
  stateEnd: R_INODE + 7,
  flagsId: R_INODE + 8,
  flagsStart: R_INODE + 9,
  flagsEnd: R_INODE + 10,
} as const;

/**
 * Where a syscall's arguments read by the native scanner are, from the row at `raw.argsAt` of
 * `raw.scanRows`: `count` arguments, each `size` int32 from `first` (see native/line-scan.c).
 * Offsets are offsets into `raw.src`, the block's text.
 */
export const ScannedArg = {
  count: R_ARGS,
  first: R_ARG0,
  size: 6,
  keyStart: 0,
  keyEnd: 1,
  /** The value's hex digits, leading zeros stripped (one kept). */
  digitsStart: 2,
  digitsEnd: 3,
  /** The value's low and high 32 bits when it has at most 13 digits, else `numHigh` is -1. */
  numLow: 4,
  numHigh: 5,
} as const;
/** Row status: the JavaScript parser reads the line / an event / an event, same context. */
const ST_JS = 0;
const ST_SAME_CTX = 2;

const native = loadAddon('line-scan', ROW) as NativeLineScan | undefined;

/** True when the native scanner is in use (reported by `npm run bench` and the tests). */
export const nativeLineScan: boolean = native !== undefined;

/** Rows per native call: a 60 KiB block holds ~500 lines of a typical capture. */
const ROWS = 1024;

export class BlockLines {
  /** The current line is `text[lineStart, lineEnd)`; lineEnd is its '\n' (or the end). */
  lineStart = 0;
  lineEnd = 0;
  /** Lines of the current block the native scanner read (the rest went to `parseLineAt`). */
  nativeLines = 0;
  private text = '';
  private bytes: Uint8Array | undefined;
  /** Where the next line starts. */
  private pos = 0;
  private readonly native: NativeLineScan | undefined;
  private readonly rows: Int32Array;
  /** The native scanner's event name ids, and each id's (interned) string once met. */
  private readonly nameTable: Int32Array;
  private readonly nameById: (string | undefined)[] = [];
  private row = 0;
  private rowCount = 0;

  /** `useNative: false` reads every line with the JavaScript parser. */
  constructor(useNative = true) {
    this.native = useNative ? native : undefined;
    this.rows = new Int32Array(this.native === undefined ? 0 : ROWS * ROW);
    this.nameTable = new Int32Array(this.native === undefined ? 0 : this.native.NAME_TABLE);
  }

  /**
   * Starts on a block of whole lines. `bytes` are its bytes when each character is one byte
   * (an ASCII block decoded as latin1), so byte offsets are string offsets; else undefined.
   */
  reset(text: string, bytes: Uint8Array | undefined): void {
    this.text = text;
    this.bytes = this.native === undefined ? undefined : bytes;
    this.pos = 0;
    this.row = 0;
    this.rowCount = 0;
    this.nativeLines = 0;
  }

  /** Parses the next line into `raw`; -1 when the block is done. */
  next(raw: RawLine, names: Interner): LineKind | -1 {
    const text = this.text;
    const bytes = this.bytes;
    if (bytes === undefined) {
      const s = this.pos;
      if (s >= text.length) return -1;
      let e = text.indexOf('\n', s);
      if (e === -1) e = text.length;
      this.lineStart = s;
      this.lineEnd = e;
      this.pos = e + 1;
      return parseLineAt(text, s, e, raw, names);
    }
    if (this.row === this.rowCount) {
      if (this.pos >= bytes.length) return -1;
      this.rowCount = this.native!.scan(bytes, this.pos, bytes.length, this.rows, this.nameTable);
      this.row = 0;
    }
    const rows = this.rows;
    const r = this.row++ * ROW;
    const s = rows[r + R_LINE_START]!;
    const e = rows[r + R_LINE_END]!;
    this.lineStart = s;
    this.lineEnd = e;
    this.pos = e + 1;
    const status = rows[r + R_STATUS]!;
    if (status === ST_JS) return parseLineAt(text, s, e, raw, names);
    this.nativeLines++;
    if (status !== ST_SAME_CTX) {
      raw.comm = names.internRange(text, rows[r + R_COMM_START]!, rows[r + R_COMM_END]!);
      raw.pid = rows[r + R_PID]!;
      raw.cpu = rows[r + R_CPU]!;
      raw.tgid = -1;
      raw.instance = '';
      raw.spaceSeparated = false;
    }
    // The parser's same-context shortcut must see this line's context, not an older one.
    // (Block-wide values are stored only when they change: a pointer store into the long-lived
    // RawLine of a young string is a write-barrier slow path, three per line otherwise.)
    if (raw.contextText !== text) raw.contextText = text;
    raw.contextStart = s;
    raw.contextLength = rows[r + R_CONTEXT_END]! - s;
    if (raw.src !== text) raw.src = text;
    raw.flagsStart = rows[r + R_FLAGS_START]!;
    raw.flagsEnd = rows[r + R_FLAGS_END]!;
    raw.tsSec = rows[r + R_TS_SEC]!;
    raw.tsFrac = rows[r + R_TS_FRAC]!;
    raw.tsFracDigits = rows[r + R_TS_FRAC_DIGITS]!;
    raw.tsInteger = false;
    raw.subsystem = '';
    const id = rows[r + R_NAME_ID]!;
    let name = id >= 0 ? this.nameById[id] : undefined;
    if (name === undefined) {
      name = names.internRange(text, rows[r + R_NAME_START]!, rows[r + R_NAME_END]!);
      if (id >= 0) this.nameById[id] = name;
    }
    raw.name = name;
    raw.style = rows[r + R_STYLE]! as PayloadStyle;
    const ps = rows[r + R_PAYLOAD_START]!;
    const pe = rows[r + R_PAYLOAD_END]!;
    raw.payload = ps < pe ? text.slice(ps, pe) : '';
    raw.payloadStart = ps < pe ? ps : pe;
    raw.payloadEnd = pe;
    raw.faultAt = rows[r + R_FAULT] === 1 ? r : -1;
    raw.argsAt = rows[r + R_ARGS]! >= 0 ? r : -1;
    raw.inodeAt = rows[r + R_INODE] === 1 ? r : -1;
    if (raw.scanRows !== rows) raw.scanRows = rows;
    return LineKind.Event;
  }
}
