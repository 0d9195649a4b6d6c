// ext4-small-steady.trace and ext4-small-steady.tracecmd-report are ONE ring buffer printed by
// ftrace and by `trace-cmd report`: every canonical event must be identical (everything but the
// capture id, the source line number and the header, which names the file and format).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRACES } from './helpers.js';
import { readEvents } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';

const A = join(TRACES, 'ext4-small-steady.trace.gz');
const B = join(TRACES, 'ext4-small-steady.tracecmd-report.gz');

async function all(path: string): Promise<CanonicalEvent[]> {
  const out: CanonicalEvent[] = [];
  for await (const b of readEvents(path)) out.push(...b);
  return out;
}
const comparable = (e: CanonicalEvent): unknown => ({ ...e, captureId: '', line: 0 });

describe('one buffer, two formats', () => {
  it('gives identical canonical events', async () => {
    const [a, b] = await Promise.all([all(A), all(B)]);
    expect(a[0]!.type).toBe('header');
    expect(b[0]!.type).toBe('header');
    expect(a[0]!.data).toMatchObject({ format: 'ftrace' });
    expect(b[0]!.data).toMatchObject({ format: 'trace-cmd' });
    expect(b.length).toBe(a.length);
    expect(a.length).toBeGreaterThan(20_000);
    for (let i = 1; i < a.length; i++) {
      // Compare one by one so a failure names the first differing event.
      if (JSON.stringify(comparable(a[i]!), big) !== JSON.stringify(comparable(b[i]!), big)) {
        expect(comparable(b[i]!)).toEqual(comparable(a[i]!));
      }
    }
  });

  it('decodes trace-cmd hex inode flags to what ftrace printed as names', async () => {
    const [a, b] = await Promise.all([all(A), all(B)]);
    const dirtied = (xs: CanonicalEvent[]) => xs.filter((e) => e.type === 'inode_dirtied');
    const da = dirtied(a);
    const db = dirtied(b);
    expect(da.length).toBeGreaterThan(500);
    expect(db.map((e) => e.data)).toEqual(da.map((e) => e.data));
    // Values seen in the pair: state=0x70 is I_DIRTY_SYNC|I_DIRTY_DATASYNC|I_DIRTY_PAGES (1|2|4),
    // and the trace-cmd 'state=I_DIRTY_SYNC' artefact stands for 0 (ftrace printed 'state=').
    const states = new Set(db.map((e) => e.data.state));
    expect(states.has(7)).toBe(true);
    expect(states.has(0)).toBe(true);
    expect(db.some((e) => e.data.rawState === 0x70 && e.data.state === 7)).toBe(true);
  });
});

function big(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? `${v}n` : v;
}
