/**
 * A RowBinary encoder for the column types of our schema, used for inserts into a ClickHouse
 * server. Why not JSONEachRow there: ClickHouse 18.16 parses floats in text formats with a
 * fast, not correctly rounded reader (`toFloat64('3.78') != 3.78`, off by one ulp), so a run
 * stored through text would read back different from the same run in chDB. RowBinary carries
 * the IEEE-754 bits, exact on every version.
 *
 * Layout (https://clickhouse.com/docs/interfaces/formats/RowBinary): integers little-endian,
 * Float64 as 8 bytes LE, String as LEB128 length + UTF-8 bytes, Array(T) as LEB128 count + items,
 * Nullable(T) as one byte (1 = NULL) followed by T's bytes when not NULL.
 */
import { ReplayError } from '../errors.js';

export interface ColumnDef {
  readonly name: string;
  readonly type: string;
}

class Writer {
  buf = Buffer.allocUnsafe(64 * 1024);
  pos = 0;
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  varint(n: number): void {
    this.ensure(10);
    let v = n;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }
  string(s: string): void {
    const len = Buffer.byteLength(s);
    this.varint(len);
    this.ensure(len);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
}

type Encode = (w: Writer, v: unknown) => void;

function uint(bits: 8 | 16 | 32 | 64, col: string): Encode {
  const max = bits === 64 ? Number.MAX_SAFE_INTEGER : 2 ** bits - 1;
  return (w, v) => {
    if (bits === 64 && typeof v === 'bigint' && v >= 0n && v >> 64n === 0n) {
      // A U64Id at or above 2^53 (rows.ts): written exactly.
      w.ensure(8);
      w.buf.writeBigUInt64LE(v, w.pos);
      w.pos += 8;
      return;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
      throw new ReplayError('RPL_INPUT', `column ${col}: ${String(v)} is not a UInt${bits}`);
    }
    w.ensure(8);
    if (bits === 8) w.buf.writeUInt8(v, w.pos);
    else if (bits === 16) w.buf.writeUInt16LE(v, w.pos);
    else if (bits === 32) w.buf.writeUInt32LE(v, w.pos);
    else w.buf.writeBigUInt64LE(BigInt(v), w.pos);
    w.pos += bits / 8;
  };
}

function encoderFor(type: string, col: string): Encode {
  switch (type) {
    case 'UInt8':
      return uint(8, col);
    case 'UInt16':
      return uint(16, col);
    case 'UInt32':
      return uint(32, col);
    case 'UInt64':
      return uint(64, col);
    case 'Float64':
      return (w, v) => {
        if (typeof v !== 'number')
          throw new ReplayError('RPL_INPUT', `column ${col}: ${String(v)} is not a number`);
        w.ensure(8);
        w.buf.writeDoubleLE(v, w.pos);
        w.pos += 8;
      };
    case 'String':
      return (w, v) => {
        if (typeof v !== 'string')
          throw new ReplayError('RPL_INPUT', `column ${col}: expected a string`);
        w.string(v);
      };
    default: {
      const nullable = /^Nullable\((.+)\)$/.exec(type)?.[1];
      if (nullable !== undefined) {
        const value = encoderFor(nullable, col);
        return (w, v) => {
          w.ensure(1);
          w.buf[w.pos++] = v === null ? 1 : 0;
          if (v !== null) value(w, v);
        };
      }
      const inner = /^Array\((.+)\)$/.exec(type)?.[1];
      if (inner === undefined) {
        throw new ReplayError('RPL_SINK', `column ${col}: type ${type} has no RowBinary encoder`);
      }
      const item = encoderFor(inner, col);
      return (w, v) => {
        if (!Array.isArray(v))
          throw new ReplayError('RPL_INPUT', `column ${col}: expected an array`);
        w.varint(v.length);
        for (const x of v) item(w, x);
      };
    }
  }
}

/** Encodes `rows` in the order of `columns`; every column must be present in every row. */
export function encodeRowBinary(
  columns: readonly ColumnDef[],
  rows: readonly Readonly<Record<string, unknown>>[],
): Buffer {
  const enc = columns.map((c) => ({ name: c.name, encode: encoderFor(c.type, c.name) }));
  const w = new Writer();
  for (const row of rows) {
    for (const c of enc) {
      const v = row[c.name];
      if (v === undefined)
        throw new ReplayError('RPL_INPUT', `column ${c.name} missing from a row`);
      c.encode(w, v);
    }
  }
  return w.buf.subarray(0, w.pos);
}
