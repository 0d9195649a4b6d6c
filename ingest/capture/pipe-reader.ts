/**
 * Reads an instance's `trace_pipe` without blocking a libuv thread forever.
 *
 * `trace_pipe` is a consuming read that blocks until data arrives (KERNEL.md B.1). A blocking
 * read in Node's thread pool cannot be cancelled, so we open it with O_NONBLOCK (honoured by
 * `tracing_wait_pipe`, which returns -EAGAIN) and poll: read while data is there, sleep
 * `pollMs` when it is empty. Stopping is two-phase: `stop()` asks for the end, the caller turns
 * `tracing_on` off, and the reader drains what the buffer still holds before it ends, so the
 * events of the last milliseconds are not lost. Memory is bounded by one chunk at a time: the
 * consumer pulls, so a slow consumer leaves the data in the kernel buffer, where the loss counters
 * account for it.
 */
import { constants as fsc } from 'node:fs';
import { open } from 'node:fs/promises';
import { ReplayError } from '../../src/errors.js';

export interface PipeReaderOptions {
  /** Bytes per read. @default 65536 */
  readonly chunkBytes?: number;
  /** Sleep when the pipe is empty. @default 50 */
  readonly pollMs?: number;
}

export class TracePipeReader implements AsyncIterable<Buffer> {
  readonly path: string;
  readonly #chunk: number;
  readonly #pollMs: number;
  #stopping = false;
  #wake: (() => void) | undefined;
  #bytes = 0;

  constructor(path: string, opts: PipeReaderOptions = {}) {
    this.path = path;
    this.#chunk = opts.chunkBytes ?? 65536;
    this.#pollMs = opts.pollMs ?? 50;
  }

  /** Bytes read so far. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Ends the iteration once the pipe is empty (call after turning tracing off). */
  stop(): void {
    this.#stopping = true;
    this.#wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    let fh;
    try {
      fh = await open(this.path, fsc.O_RDONLY | fsc.O_NONBLOCK);
    } catch (e) {
      throw new ReplayError('RPL_CAPTURE', `cannot open ${this.path}: ${String(e)}`, { cause: e });
    }
    try {
      const buf = Buffer.allocUnsafe(this.#chunk);
      for (;;) {
        let n = 0;
        try {
          ({ bytesRead: n } = await fh.read(buf, 0, buf.length, null));
        } catch (e) {
          const code = (e as { code?: string }).code;
          if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') {
            throw new ReplayError('RPL_CAPTURE', `reading ${this.path}: ${String(e)}`, {
              cause: e,
            });
          }
        }
        if (n > 0) {
          this.#bytes += n;
          yield Buffer.from(buf.subarray(0, n));
          continue;
        }
        // Empty: end if asked to (tracing is off by then, so nothing more will come).
        if (this.#stopping) return;
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, this.#pollMs);
          this.#wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
        this.#wake = undefined;
      }
    } finally {
      await fh.close();
    }
  }
}

/** Counts `CPU:N [LOST M EVENTS]` / `CPU:N [LOST EVENTS]` lines (KERNEL.md B.1). */
export interface LostLine {
  readonly cpu: number;
  /** Undefined when the kernel did not know the count. */
  readonly count: number | undefined;
}

const LOST = /^CPU:(\d+) \[LOST (?:(\d+) )?EVENTS\]$/;

export function parseLostLine(line: string): LostLine | undefined {
  if (!line.startsWith('CPU:')) return undefined;
  const m = LOST.exec(line.trimEnd());
  if (m === null) return undefined;
  return { cpu: Number(m[1]), count: m[2] === undefined ? undefined : Number(m[2]) };
}
