/**
 * Folios of the followed files as the trace shows or implies them: their orders (page cache
 * events, a fault dirtying below its page), which the trace showed dirtied and not written back
 * since (proving unseen writeback), and whether a fault's folio fits one page table.
 */
import type { EventOf } from '../../events/index.js';
import type { FileRef } from '../inputs.js';
import { MAX_INDEX } from '../inputs.js';
import { WRITEBACK_ACTIVITY } from '../fs/index.js';
import { factsFor, fileKey, noteDev } from './files.js';
import { PAGE } from './state.js';
import type { TrackerState } from './state.js';
import type { Vma } from './vmas.js';

/** Folio changes kept per file not yet followed (a 64 MiB file in order-0 pages). */
const FOLIO_FACT_LIMIT = 16384;

/**
 * A folio added (order=) or removed: every change is passed on, order 0 included, so that a
 * large folio of an earlier page-cache life does not outlive its eviction.
 */
export function onPageCache(st: TrackerState, e: EventOf<'page_cache'>, t: number): void {
  const d = e.data;
  if (st.pageBeyondAnyFile(d.index)) return;
  noteDev(st, d.dev, d.ino);
  const order = d.removed ? 0 : d.order;
  const file = st.files.get(fileKey(d.dev, d.ino));
  if (file !== undefined) {
    setFolioOrder(st.folioOrders[file.id]!, d.index, order);
    st.emit({ k: 'folio', t, file, index: d.index, order });
  } else {
    const f = factsFor(st, fileKey(d.dev, d.ino));
    f.folios ??= new Map();
    // Re-inserted at the end: replayed at binding in the order the trace had them.
    f.folios.delete(d.index);
    if (f.folios.size < FOLIO_FACT_LIMIT) f.folios.set(d.index, order);
  }
}

/**
 * What a fault's clean -> dirty folio transition proves (issue 12):
 * - the folio starts at the dirtied index: below the faulting page, the folio is large (a
 *   write fault dirties the whole folio); without an `order=` from the page cache, the smallest
 *   naturally aligned folio holding both pages is implied;
 * - if the trace showed the folio dirtied before and no writeback of it since, it was written
 *   back unseen (btrfs's own flushing, an event missing from the capture): dirty folios are
 *   never dropped without writeback. That cleaning is replayed (a one-folio writeback) and
 *   counted as pages written.
 */
export function onFaultDirtied(
  st: TrackerState,
  file: FileRef,
  t: number,
  index: number,
  dirtied: number,
): void {
  const orders = st.folioOrders[file.id]!;
  if (dirtied < index && !folioCovers(orders, dirtied, index)) {
    let order = 1;
    while (2 ** order <= index - dirtied) order++;
    if (dirtied % 2 ** order === 0) {
      setFolioOrder(orders, dirtied, order);
      st.emit({ k: 'folio', t, file, index: dirtied, order });
    }
  }
  const od = st.obsDirty[file.id]!;
  if (!od.has(dirtied)) {
    od.add(dirtied);
    return;
  }
  const pages = 2 ** (orders.get(dirtied) ?? 0);
  st.fs.evidence.add(WRITEBACK_ACTIVITY);
  st.unseenCleanings += pages;
  st.observed.dataPagesWritten += pages;
  st.emit({
    k: 'writeback',
    t,
    file,
    first: dirtied,
    last: dirtied + pages - 1,
    reason: 'unseen',
  });
  st.emit({ k: 'writeback_done', t, file });
}

/** The trace showed writeback of [first, last] of the file: those folios are clean again. */
export function cleanObserved(st: TrackerState, file: FileRef, first: number, last: number): void {
  const od = st.obsDirty[file.id]!;
  if (od.size === 0) return;
  if (first === 0 && last >= MAX_INDEX) {
    od.clear();
    return;
  }
  if (last - first < od.size) for (let i = first; i <= last; i++) od.delete(i);
  else for (const idx of od) if (idx >= first && idx <= last) od.delete(idx);
}

/**
 * Whether the folio of the faulting page lies, in the mapping's address space, inside the VMA
 * and inside one page table (a 2 MiB PMD range): only then does finish_fault map the whole
 * folio on a not-present fault (mm/memory.c, 6.18); otherwise it falls back to one page. With
 * address randomization the same program gets either (a 1 MiB ext4 folio: 1 fault for 16 pages
 * in one run, 16 in another).
 */
export function folioFitsPmd(
  st: TrackerState,
  file: FileRef,
  vma: Vma,
  address: number,
  index: number,
): boolean {
  const orders = st.folioOrders[file.id]!;
  let start = index;
  let pages = 1;
  for (let o = 1; o <= 9; o++) {
    const s = index - (index % 2 ** o);
    if (orders.get(s) === o) {
      start = s;
      pages = 2 ** o;
    }
  }
  const vStart = address - (address % PAGE) - (index - start) * PAGE;
  const vEnd = vStart + pages * PAGE;
  const PMD = 2 * 1024 * 1024;
  return (
    vStart >= vma.start &&
    vEnd <= vma.end &&
    Math.floor(vStart / PMD) === Math.floor((vEnd - 1) / PMD)
  );
}

/** A known folio starting at `start` reaches `index`. */
function folioCovers(orders: Map<number, number>, start: number, index: number): boolean {
  const order = orders.get(start);
  return order !== undefined && start + 2 ** order > index;
}

/**
 * Records a folio of `order` starting at (the aligned) `index` in a start -> order map; folios
 * starting inside it are gone (a larger folio replaced them).
 */
export function setFolioOrder(orders: Map<number, number>, index: number, order: number): void {
  const n = 2 ** order;
  const start = index - (index % n);
  if (n > 1) for (let i = start + 1; i < start + n; i++) orders.delete(i);
  if (order === 0) orders.delete(start);
  else orders.set(start, order);
}
