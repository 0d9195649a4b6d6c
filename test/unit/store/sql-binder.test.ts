import { describe, expect, test } from 'vitest';
import { isReplayError } from '../../../src/errors.js';
import { parseCannedQuery } from '../../../src/store/canned-queries.js';
import { encodeRowBinary } from '../../../src/store/row-binary.js';
import { inlineParams, quoteString, validateParam } from '../../../src/store/sql-binder.js';

const fails = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return isReplayError(e) ? `${e.code} ${e.message}` : String(e);
  }
};

describe('typed binder', () => {
  test('strings are quoted with every special character escaped', () => {
    expect(quoteString(`it's a \\ test\n\t\r\x01`)).toBe(`'it\\'s a \\\\ test\\n\\t\\r\\x01'`);
  });
  test('values are checked against their declared type', () => {
    expect(validateParam('n', 'UInt32', '42')).toEqual({ name: 'n', type: 'UInt32', value: 42 });
    expect(validateParam('x', 'Float64', '-1.5e3').value).toBe(-1500);
    expect(fails(() => validateParam('n', 'UInt32', '1 OR 1=1'))).toMatch(
      /^RPL_INPUT parameter 'n' \(UInt32\): '1 OR 1=1' is not a whole number/,
    );
    expect(fails(() => validateParam('n', 'UInt8', 256))).toMatch(/outside 0\.\.255/);
    expect(fails(() => validateParam('n', 'UInt16', 1.5))).toMatch(/not a whole number/);
    expect(fails(() => validateParam('x', 'Float64', 'NaN'))).toMatch(/not a number/);
    expect(fails(() => validateParam('s', 'String', 'a\0b'))).toMatch(/NUL/);
    expect(fails(() => validateParam('s', 'String', 3))).toMatch(/expected a string/);
  });
  test('placeholders become typed literals; a type mismatch is refused', () => {
    const sql = 'SELECT 1 WHERE a = {run:String} AND b < {x:Float64} LIMIT {n:UInt32}';
    const bound = [
      validateParam('run', 'String', "r'1"),
      validateParam('x', 'Float64', 2.5),
      validateParam('n', 'UInt32', 7),
    ];
    expect(inlineParams(sql, bound)).toBe(
      "SELECT 1 WHERE a = 'r\\'1' AND b < toFloat64(2.5) LIMIT 7",
    );
    expect(fails(() => inlineParams('SELECT {run:UInt8}', bound))).toMatch(/bound as String/);
    expect(fails(() => inlineParams('SELECT {other:String}', bound))).toMatch(/has no value/);
  });
});

describe('canned query headers', () => {
  const q = (body: string) => () => parseCannedQuery('/d/demo.sql', body);
  test('declarations and placeholders must agree', () => {
    const ok = parseCannedQuery(
      '/d/demo.sql',
      "-- demo: a demo\n-- @param run String required\n-- @param p String default 'x\\'y'\n-- @param n UInt32 default 5\nSELECT {run:String}, {p:String} LIMIT {n:UInt32}\n",
    );
    expect(ok.description).toBe('a demo');
    expect(ok.params).toEqual([
      { name: 'run', type: 'String', default: undefined },
      { name: 'p', type: 'String', default: "x'y" },
      { name: 'n', type: 'UInt32', default: 5 },
    ]);
    expect(fails(q('SELECT {run:String}'))).toMatch(/\{run:String\} not declared/);
    expect(fails(q('-- @param run String required\nSELECT 1'))).toMatch(/@param run unused/);
    expect(fails(q('-- @param run UInt8 required\nSELECT {run:String}'))).toMatch(/declared UInt8/);
    expect(fails(q('-- @param run Date required\nSELECT {run:Date}'))).toMatch(
      /demo.sql:1: unsupported parameter type Date/,
    );
    expect(fails(q('-- @param p String default x\nSELECT {p:String}'))).toMatch(
      /demo.sql:1: String default must be quoted/,
    );
  });
});

describe('RowBinary', () => {
  test('encodes each type as ClickHouse lays it out', () => {
    const buf = encodeRowBinary(
      [
        { name: 'a', type: 'UInt8' },
        { name: 's', type: 'String' },
        { name: 'f', type: 'Float64' },
        { name: 'l', type: 'Array(String)' },
        { name: 'u', type: 'UInt64' },
        { name: 'w', type: 'UInt16' },
      ],
      [{ a: 7, s: 'hé', f: 1.5, l: ['x', ''], u: 2 ** 40 + 1, w: 513 }],
    );
    const expected = Buffer.concat([
      Buffer.from([7]),
      Buffer.from([3, 0x68, 0xc3, 0xa9]),
      Buffer.from([0, 0, 0, 0, 0, 0, 0xf8, 0x3f]),
      Buffer.from([2, 1, 0x78, 0]),
      Buffer.from([1, 0, 0, 0, 0, 1, 0, 0]),
      Buffer.from([1, 2]),
    ]);
    expect(buf.toString('hex')).toBe(expected.toString('hex'));
  });
  test('long strings get a multi-byte length and values out of range are refused', () => {
    const buf = encodeRowBinary([{ name: 's', type: 'String' }], [{ s: 'a'.repeat(300) }]);
    expect([...buf.subarray(0, 2)]).toEqual([0xac, 0x02]);
    expect(buf.length).toBe(302);
    expect(fails(() => encodeRowBinary([{ name: 'a', type: 'UInt8' }], [{ a: -1 }]))).toMatch(
      /not a UInt8/,
    );
    expect(fails(() => encodeRowBinary([{ name: 'a', type: 'UInt8' }], [{}]))).toMatch(
      /column a missing/,
    );
  });
});
