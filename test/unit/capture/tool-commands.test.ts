import { describe, expect, it } from 'vitest';
import {
  formatToolCommands,
  perfRecordCommand,
  shellQuote,
  traceCmdRecordCommand,
  type SelectedEvent,
} from '../../../ingest/capture/index.js';

const events: SelectedEvent[] = [
  { event: 'exceptions:page_fault_user', filter: 'common_pid == 42', kind: 'pid' },
  { event: 'writeback:writeback_dirty_folio', filter: 'name == "7:2"', kind: 'bdi' },
  { event: 'jbd2:jbd2_start_commit', filter: '', kind: 'dev' },
];

describe('perf / trace-cmd command lines', () => {
  it('puts each filter right after its event (perf)', () => {
    const a = perfRecordCommand({ events, clock: 'mono', bufferKb: 8192, command: ['./w', 'x'] });
    expect(a.slice(0, 3)).toEqual(['perf', 'record', '-a']);
    expect(a[a.indexOf('-k') + 1]).toBe('monotonic');
    const i = a.indexOf('exceptions:page_fault_user');
    expect(a.slice(i - 1, i + 3)).toEqual([
      '-e',
      'exceptions:page_fault_user',
      '--filter',
      'common_pid == 42',
    ]);
    const j = a.indexOf('jbd2:jbd2_start_commit');
    expect(a[j + 1]).toBe('-o'); // no filter for an unfiltered event
    expect(a.slice(-3)).toEqual(['--', './w', 'x']);
    expect(a.filter((x) => x === '-e')).toHaveLength(events.length);
  });

  it('uses per-event -f filters, -C clock and -b size (trace-cmd), sleep for a duration', () => {
    const a = traceCmdRecordCommand({ events, clock: 'mono', bufferKb: 8192, durationS: 5 });
    expect(a.slice(0, 6)).toEqual(['trace-cmd', 'record', '-C', 'mono', '-b', '8192']);
    const i = a.indexOf('writeback:writeback_dirty_folio');
    expect(a.slice(i, i + 3)).toEqual(['writeback:writeback_dirty_folio', '-f', 'name == "7:2"']);
    expect(a).not.toContain('-P');
    expect(a.slice(-3)).toEqual(['--', 'sleep', '5']);
  });

  it('quotes for a POSIX shell', () => {
    expect(shellQuote('plain:arg')).toBe('plain:arg');
    expect(shellQuote('name == "7:2"')).toBe(`'name == "7:2"'`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    const text = formatToolCommands({ events, clock: 'mono', bufferKb: 1024 });
    expect(text).toContain(`--filter 'common_pid == 42'`);
    expect(text).toContain(`-f 'name == "7:2"'`);
  });
});
