// Format sniffing, and how sure it is: a forced --format is only contradicted (with a warning)
// when the first lines carry a clue, never by the ftrace default for clue-less lines.
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../ingest/detect.js';

const FTRACE =
  '  mmapw-8513    [000] d....   480.331503: page_fault_user: address=0x1 ip=0x2 error_code=0x7';
const PERF =
  '           small 19219 [001]   716.607080: exceptions:page_fault_user: address=0x1 ip=0x2 error_code=0x6';
const NOIRQ =
  '             npm-17738   [000]    648.228982: writeback_dirty_folio: bdi 254:0: ino=2287417 index=65006';

describe('sniffFormat', () => {
  it('is certain when a line or header has a clue', () => {
    expect(sniffFormat(`${FTRACE}\n`)).toEqual({ format: 'ftrace', certain: true });
    expect(sniffFormat(`${PERF}\n`)).toEqual({ format: 'perf', certain: true });
    expect(sniffFormat(`cpus=2\n${NOIRQ}\n`)).toEqual({ format: 'trace-cmd', certain: true });
    expect(sniffFormat(`# tracer: nop\n${NOIRQ}\n`)).toEqual({ format: 'ftrace', certain: true });
  });

  it('reads clue-less lines as ftrace without being sure', () => {
    expect(sniffFormat(`${NOIRQ}\n`)).toEqual({ format: 'ftrace', certain: false });
    expect(sniffFormat('no trace here\n')).toBeUndefined();
  });
});
