// The XFS, btrfs, large-folio and database captures of test/fixtures/fs (issue 12) read with no
// rejected line, and what the reader makes of them equals a count done here a different way: the
// reference regex reader for per-tracepoint counts, and per-event line regexes over the gunzipped
// text for the payload fields the filesystem models depend on (folio order, writeback length,
// XFS fault kind, timestamp inode, the bdi of writeback events).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { readFile } from './helpers.js';
import { countBy, readText, referenceParse } from './reference-parser.js';

const FS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'fs');
const captures = readdirSync(FS)
  .filter((f) => f.endsWith('.trace.gz'))
  .sort();

/** The payloads (text after `name: `) of every line of event `name`. */
function payloads(text: string, name: string): string[] {
  const re = new RegExp(`^.*?\\s${name}: (.*)$`, 'gm');
  return [...text.matchAll(re)].map((m) => m[1] ?? '');
}

const ofType = <T extends CanonicalEvent['type']>(
  events: readonly CanonicalEvent[],
  type: T,
): Extract<CanonicalEvent, { type: T }>[] =>
  events.filter((e): e is Extract<CanonicalEvent, { type: T }> => e.type === type);

const tally = (values: readonly (string | number)[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const v of values) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  return new Map([...m].sort());
};

describe('filesystem captures (test/fixtures/fs)', () => {
  it('has the XFS, btrfs, nodatacow, large-folio, LMDB and fio captures', () => {
    for (const name of [
      'xfs-steady-rand-msync-async',
      'xfs-steady-rand-msync-sync',
      'btrfs-steady-rand-msync-async',
      'btrfsnc-steady-rand-msync-async',
      'ext4-folio-rw',
      'xfs-folio-rw',
      'ext4-lmdb-writemap',
      'xfs-fio-mmap-randwrite',
    ]) {
      expect(captures).toContain(`${name}.trace.gz`);
    }
  });

  for (const file of captures) {
    it(`${file}: no line rejected, counts equal an independent reading`, async () => {
      const path = join(FS, file);
      const ref = referenceParse(path, false);
      expect(ref.other).toEqual([]);
      const { reader, events } = await readFile(path);
      const st = reader.stats;
      expect(st.malformed).toBe(0);
      expect(st.payloadMismatch).toBe(0);
      expect(st.issues.filter((i) => i.line > 0)).toEqual([]);
      expect(st.eventLines).toBe(ref.events.length);
      expect(new Map([...st.byTracepoint].sort())).toEqual(
        new Map([...countBy(ref.events)].sort()),
      );

      const text = readText(path);
      // Folio orders of pages added to the page cache (large folios from readahead).
      const added = payloads(text, 'mm_filemap_add_to_page_cache').map(
        (p) => /order=(\d+)/.exec(p)?.[1] ?? '?',
      );
      expect(tally(ofType(events, 'page_cache').map((e) => e.data.order))).toEqual(tally(added));
      // XFS faults: read vs write (page_mkwrite) and their order.
      const xfs = ofType(events, 'xfs_fault');
      for (const kind of ['read', 'write'] as const) {
        const lines = payloads(text, `xfs_${kind}_fault`).map(
          (p) => /order (\d+)/.exec(p)?.[1] ?? '?',
        );
        const got = xfs.filter((e) => e.data.write === (kind === 'write')).map((e) => e.data.order);
        expect(tally(got), kind).toEqual(tally(lines));
      }
      // iomap writeback: the total length written (every page of every folio).
      const lengths = payloads(text, 'iomap_writeback_folio').map((p) =>
        Number.parseInt(/length 0x([0-9a-f]+)/.exec(p)?.[1] ?? 'NaN', 16),
      );
      const iomap = ofType(events, 'iomap_writeback').filter((e) => e.data.phase === 'folio');
      expect(iomap.reduce((s, e) => s + Number(e.data.length), 0)).toBe(
        lengths.reduce((s, n) => s + n, 0),
      );
      // Multigrain timestamp swaps: per inode (`ino=maj:min:ino:gen`, all decimal).
      const xchg = payloads(text, 'ctime_ns_xchg').map((p) => /ino=\d+:\d+:(\d+):/.exec(p)?.[1]);
      const ts = ofType(events, 'timestamp').filter((e) => e.data.kind === 'ctime_ns_xchg');
      expect(tally(ts.map((e) => String(e.data.ino)))).toEqual(tally(xchg.map((i) => i ?? '?')));
      // Folio dirtyings per inode, whatever the bdi is named (`7:0` or `btrfs-1`).
      const dirtied = payloads(text, 'writeback_dirty_folio').map(
        (p) => /ino=(\d+) index=/.exec(p)?.[1] ?? '?',
      );
      expect(tally(ofType(events, 'page_dirtied').map((e) => String(e.data.ino)))).toEqual(
        tally(dirtied),
      );
    });
  }

  it('btrfs: writeback events name the bdi btrfs-N, filemap events the superblock dev', () => {
    const text = readText(join(FS, 'btrfs-steady-rand-msync-async.trace.gz'));
    const bdis = new Set(payloads(text, 'writeback_dirty_folio').map((p) => p.split(':')[0]));
    expect(bdis).toEqual(new Set(['bdi btrfs-1']));
    expect(payloads(text, 'mm_filemap_fault').every((p) => p.startsWith('dev=0:40 '))).toBe(true);
    expect(text).toMatch(/^# faultreplay-capture: .* dev=0:40 fs=btrfs /m);
  });

  it('the capture header names the filtered device and its filesystem in the log', async () => {
    const btrfs = await readFile(join(FS, 'btrfs-steady-rand-msync-async.trace.gz'));
    expect(btrfs.events[0]).toMatchObject({
      type: 'header',
      data: { fsType: 'btrfs', fsDev: 40, kernel: '6.18.44-fc-v1045' },
    });
    const xfs = await readFile(join(FS, 'xfs-steady-rand-msync-async.trace.gz'));
    expect(xfs.events[0]).toMatchObject({ data: { fsType: 'xfs', fsDev: 7 * 2 ** 20 } });
    // A capture without a faultreplay header (ftrace-capture.sh) claims no filesystem.
    const plain = await readFile(join(FS, '..', 'captures', 'ext4-fault512-sparse.trace.gz'));
    expect(plain.events[0]).toMatchObject({ type: 'header', data: { fsType: '', fsDev: 0 } });
  });

  it('large folios: order > 0 on ext4 and XFS readahead through the mapping', () => {
    for (const name of ['ext4-folio-rw', 'xfs-folio-rw']) {
      const text = readText(join(FS, `${name}.trace.gz`));
      const orders = payloads(text, 'mm_filemap_add_to_page_cache').map((p) =>
        Number(/order=(\d+)/.exec(p)?.[1]),
      );
      expect(Math.max(...orders), name).toBeGreaterThanOrEqual(4);
    }
  });
});
