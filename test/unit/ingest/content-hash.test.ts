// The capture header's fingerprint: the same bytes under any name match; a change in size, head
// or tail does not; a file over 2 MiB is read only at its ends.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../ingest/source/content-hash.js';
import { tempFile } from './helpers.js';

const MiB = 1 << 20;
const sha = (...parts: (string | Buffer)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return `sha256:${h.digest('hex')}`;
};

describe('contentHash', () => {
  it('is the SHA-256 of size and content for a small file, whatever its name', async () => {
    const body = Buffer.from('a trace line\n'.repeat(1000));
    expect(await contentHash(tempFile(body))).toBe(sha(`${body.length}\n`, body));
    expect(await contentHash(tempFile(body, 'other.trace'))).toBe(sha(`${body.length}\n`, body));
  });

  it('reads a large file at its two ends, and each end and the size count', async () => {
    const big = Buffer.alloc(3 * MiB, 0x61);
    const h = await contentHash(tempFile(big));
    expect(h).toBe(sha(`${big.length}\n`, big.subarray(0, MiB), big.subarray(2 * MiB)));
    const middle = Buffer.from(big);
    middle[Math.floor(1.5 * MiB)] = 0x62;
    expect(await contentHash(tempFile(middle))).toBe(h); // the documented blind spot
    const tail = Buffer.from(big);
    tail[big.length - 1] = 0x62;
    expect(await contentHash(tempFile(tail))).not.toBe(h);
    expect(await contentHash(tempFile(big.subarray(1)))).not.toBe(h);
  });
});
