/**
 * Splits a stream of byte chunks into blocks of whole lines.
 *
 *   chunk k:   [ ...tail of a line | line | line | ... | line | start of a line ]
 *                 ^ joined with the carry-over      ^ lastIndexOf(0x0a)   ^ new carry-over
 *
 * Boundaries are found on bytes (`indexOf(0x0a)` / `lastIndexOf(0x0a)` and `subarray`, as
 * clickhouse-js `result_set.ts` does), so a multi-byte UTF-8 character is never cut. Each block of
 * whole lines is then decoded with one call per block of up to ~64 KiB: decoding a block once and
 * walking it with `String.indexOf('\n')` is several times cheaper in V8 than decoding every line
 * on its own, and the per-line strings the parser takes are cheap slices of the block. Why 64 KiB:
 * larger strings go to V8's large-object space, where creating one costs ~8x more per byte
 * (measured: ~80-120 µs per MiB decoded in 64 KiB blocks, ~750-950 µs in 128 KiB-1 MiB blocks).
 * Traces are nearly always pure ASCII, and an ASCII block is decoded as latin1 (the same
 * characters, a native SIMD `isAscii` check plus a copy), a third cheaper than the UTF-8 decoder.
 *
 * Memory stays flat: at most one chunk, one carry-over (capped at `maxLineBytes`) and one
 * decoded block are alive. A line longer than the cap is skipped and reported as `oversize`;
 * a last line without a newline is reported as `tail` so the reader can say it was truncated.
 */
import { isAscii } from 'node:buffer';

/** Longest line kept; longer ones are skipped and reported. @default 1 MiB */
export const MAX_LINE_BYTES = 1 << 20;

/** Target size of one decoded block (see above). */
const BLOCK_BYTES = 60 * 1024;

/**
 * `b[from, to)` as text: latin1 when it is all ASCII (identical and faster), else UTF-8. An
 * ASCII block also comes with its bytes (one byte per character) for the native line scanner.
 */
function decode(
  kind: 'lines' | 'tail',
  b: Buffer,
  from = 0,
  to = b.length,
): { kind: 'lines' | 'tail'; text: string; ascii: Uint8Array | undefined } {
  const bytes = b.subarray(from, to);
  return isAscii(bytes)
    ? { kind, text: b.toString('latin1', from, to), ascii: bytes }
    : { kind, text: b.toString('utf8', from, to), ascii: undefined };
}

export type LineBlock =
  /**
   * Whole lines, each ended by '\n' (the text ends with '\n'); or the last line of the input,
   * which had no '\n' (possibly truncated). `ascii` is the block's bytes when it is all ASCII
   * (then byte offsets are string offsets): a view of the input chunk, read before the next
   * block is asked for (the sources never reuse a chunk they handed out).
   */
  | {
      readonly kind: 'lines' | 'tail';
      readonly text: string;
      readonly ascii: Uint8Array | undefined;
    }
  /** One line longer than the cap, skipped; `bytes` is its length. */
  | { readonly kind: 'oversize'; readonly bytes: number };

export async function* lineBlocks(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<LineBlock> {
  let carry: Buffer[] = [];
  let carryBytes = 0;
  /** True while skipping the rest of an oversize line. */
  let skipping = false;
  let skippedBytes = 0;

  for await (const chunk of chunks) {
    let from = 0;
    const first = chunk.indexOf(0x0a);
    if (first === -1) {
      // No line end in this chunk: it all belongs to the current (long) line.
      if (skipping) {
        skippedBytes += chunk.length;
      } else if (carryBytes + chunk.length > maxLineBytes) {
        skipping = true;
        skippedBytes = carryBytes + chunk.length;
        carry = [];
        carryBytes = 0;
      } else {
        // Copy: the source reuses its read buffers (see TraceSource.chunks).
        carry.push(Buffer.from(chunk));
        carryBytes += chunk.length;
      }
      continue;
    }
    // Finish the line that started in earlier chunks.
    if (skipping) {
      yield { kind: 'oversize', bytes: skippedBytes + first };
      skipping = false;
      skippedBytes = 0;
      from = first + 1;
    } else if (carryBytes > 0) {
      if (carryBytes + first > maxLineBytes) {
        yield { kind: 'oversize', bytes: carryBytes + first };
      } else {
        carry.push(chunk.subarray(0, first + 1));
        yield decode('lines', Buffer.concat(carry));
      }
      carry = [];
      carryBytes = 0;
      from = first + 1;
    }
    const last = chunk.lastIndexOf(0x0a);
    if (last >= from) {
      // Oversize lines fully inside one chunk are rare; the parser checks line length and the
      // chunk (1 MiB) bounds them anyway, so they are handled by the cap in the reader.
      while (from <= last) {
        // Cut at the last line end within BLOCK_BYTES (or after it, for a longer line).
        let cut = last - from < BLOCK_BYTES ? last : chunk.lastIndexOf(0x0a, from + BLOCK_BYTES);
        if (cut < from) cut = chunk.indexOf(0x0a, from + BLOCK_BYTES);
        yield decode('lines', chunk, from, cut + 1);
        from = cut + 1;
      }
    }
    if (last + 1 < chunk.length) {
      const rest = chunk.subarray(last + 1);
      if (rest.length > maxLineBytes) {
        skipping = true;
        skippedBytes = rest.length;
      } else {
        // Copy: the source reuses its read buffers, and a slice would pin the whole chunk.
        carry.push(Buffer.from(rest));
        carryBytes = rest.length;
      }
    }
  }
  if (skipping) {
    yield { kind: 'oversize', bytes: skippedBytes };
  } else if (carryBytes > 0) {
    yield decode('tail', Buffer.concat(carry));
  }
}
