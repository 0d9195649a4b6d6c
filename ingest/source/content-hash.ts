/**
 * A fingerprint of an input file, written into its capture header so that ingesting the same
 * file again is recognised. It is the SHA-256 of the file's size, its first MiB and its last MiB
 * (the whole file when it is at most 2 MiB), over the bytes as stored (gzip or not).
 *
 * Why not the whole file: the header is the first record of a capture, so the hash must be known
 * before the file is read, and a pre-pass over a multi-GB trace would cost a fifth of the ingest
 * time. Two different captures with the same size and the same first and last MiB are not a
 * practical concern: every trace line carries a microsecond timestamp.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** Bytes hashed from each end of the file. */
const EDGE_BYTES = 1 << 20;

/** `sha256:<hex>` of size, head and tail of the file at `path`. */
export async function contentHash(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const h = createHash('sha256').update(`${size}\n`);
    const read = async (at: number, length: number): Promise<void> => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await fh.read(buf, 0, length, at);
      h.update(buf.subarray(0, bytesRead));
    };
    if (size <= 2 * EDGE_BYTES) await read(0, size);
    else {
      await read(0, EDGE_BYTES);
      await read(size - EDGE_BYTES, EDGE_BYTES);
    }
    return `sha256:${h.digest('hex')}`;
  } finally {
    await fh.close();
  }
}
