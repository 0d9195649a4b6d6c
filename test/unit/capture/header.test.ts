import { describe, expect, it } from 'vitest';
import {
  CAPTURE_HEADER_PREFIX,
  formatCaptureHeader,
  parseCaptureHeader,
  type CaptureFileHeader,
} from '../../../ingest/capture/index.js';
import { LineKind, newRawLine, Interner, parseLine } from '../../../ingest/ftrace/line-parser.js';

const h: CaptureFileHeader = {
  kernel: '6.18.44-fc-v769',
  clock: 'mono',
  hz: 250,
  host: 'build box=1',
  started: '2026-11-22T02:40:00.000Z',
  events: ['exceptions:page_fault_user', 'writeback:writeback_dirty_folio'],
  pids: [1234, 1240],
  comms: ['mmwork', 'db*'],
  dev: '254:0',
  fsType: 'ext4',
  bufferKb: 8192,
};

describe('capture header line', () => {
  it('is one # comment line with key=value fields', () => {
    const line = formatCaptureHeader(h);
    expect(
      line.startsWith(`${CAPTURE_HEADER_PREFIX} v=1 kernel=6.18.44-fc-v769 clock=mono hz=250 `),
    ).toBe(true);
    expect(line).not.toContain('\n');
    expect(line).toContain('host=build%20box%3D1');
    expect(line).toContain('pid=1234,1240');
    expect(line).toContain('comm=mmwork,db* ');
    expect(line).toContain(' dev=254:0 fs=ext4 ');
    expect(line).toContain('events=exceptions:page_fault_user,writeback:writeback_dirty_folio');
    // every field after the prefix is key=value without spaces
    const parts = line.slice(CAPTURE_HEADER_PREFIX.length + 1).split(' ');
    expect(parts.every((p) => /^[a-z_]+=\S*$/.test(p))).toBe(true);
  });

  it('round-trips', () => {
    expect(parseCaptureHeader(formatCaptureHeader(h))).toEqual(h);
    const empty = { ...h, pids: [], comms: [], dev: '', hz: 0 };
    expect(parseCaptureHeader(formatCaptureHeader(empty))).toEqual(empty);
  });

  it('ignores unknown keys and fills missing ones', () => {
    const got = parseCaptureHeader('# faultreplay-capture: v=9 kernel=7.0 future=x');
    expect(got).toEqual({
      kernel: '7.0',
      clock: '',
      hz: 0,
      host: '',
      started: '',
      events: [],
      pids: [],
      comms: [],
      dev: '',
      fsType: '',
      bufferKb: 0,
    });
    expect(parseCaptureHeader('# tracer: nop')).toBeUndefined();
  });

  it('is skipped by the ftrace line parser', () => {
    const out = newRawLine();
    expect(parseLine(formatCaptureHeader(h), out, new Interner())).toBe(LineKind.Skip);
  });
});
