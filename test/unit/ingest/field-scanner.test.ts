// The normaliser reads a payload where it sits in the decoded block (`reset(block, from, end)`)
// rather than a sliced copy: every read must give what it gives on the payload alone, whatever
// the block holds before and after it (keys, digits, `0x`, `:` right at the end).
import { describe, expect, it } from 'vitest';
import { FieldScanner } from '../../../ingest/normalize/field-scanner.js';
import { Rng } from '../codec/random-events.js';

const KEYS = [' ino ', 'ino=', ' state=', 'dev ', ' order ', 'bdi ', ': ', '(', 'x'];
const PIECES = [
  'dev 254,0 ino 12',
  'bdi 7:2: ino=99 state=I_DIRTY_SYNC|I_DIRTY_PAGES flags=I_DIRTY_SYNC',
  'address=0x7ffecc25d878 ip=0x7f1400def08e error_code=0x7',
  ' order 3',
  '0',
  '0x',
  '-12',
  'ABCDEF0123456789abcdef0',
  ' ',
  ',',
  ':',
  '7',
  'x1f',
];

/** The same reads on both scanners, each result recorded (positions relative to the payload). */
function reads(rng: Rng, sc: FieldScanner, base: number): unknown[] {
  const out: unknown[] = [];
  for (let step = 0; step < 8; step++) {
    const op = rng.int(12);
    const key = rng.pick(KEYS);
    let v: unknown;
    if (op === 0) v = sc.seek(key).ok;
    else if (op === 1) v = sc.has(key);
    else if (op === 2) v = sc.tryLiteral(key);
    else if (op === 3) v = sc.dec();
    else if (op === 4) v = sc.hex();
    else if (op === 5) v = String(sc.hexExact());
    else if (op === 6) v = sc.hexDigits();
    else if (op === 7) v = sc.dev();
    else if (op === 8) v = sc.skipWord() - base;
    else if (op === 9) v = sc.word();
    else if (op === 10) v = sc.rest();
    else {
      sc.spaces();
      v = 'spaces';
    }
    out.push([op, key, v, sc.ok, sc.p - base]);
  }
  return out;
}

describe('FieldScanner on a range of a larger text', () => {
  it('reads exactly as on the payload alone', () => {
    const rng = new Rng(515);
    const text = (n: number): string =>
      Array.from({ length: n }, () => rng.pick(PIECES)).join(rng.chance(0.5) ? ' ' : '');
    for (let i = 0; i < 3000; i++) {
      const payload = text(rng.int(5));
      const before = text(rng.int(3));
      const after = text(1 + rng.int(3));
      const seed = rng.u32();
      const alone = reads(new Rng(seed), new FieldScanner().reset(payload), 0);
      const from = before.length;
      const inBlock = reads(
        new Rng(seed),
        new FieldScanner().reset(before + payload + after, from, from + payload.length),
        from,
      );
      expect(inBlock, JSON.stringify({ before, payload, after })).toEqual(alone);
    }
  });
});
