import { describe, expect, it } from 'vitest';
import { parseCaptureArgs } from '../../../ingest/capture/index.js';

describe('parseCaptureArgs', () => {
  it('has documented defaults', () => {
    const p = parseCaptureArgs([]);
    expect(p).toMatchObject({
      events: 'auto',
      pids: [],
      command: [],
      durationS: 0,
      out: '',
      bufferKb: 16384,
      dev: '',
      clock: 'mono',
      live: false,
      mount: true,
    });
  });

  it('parses a command after --, keeping its own flags', () => {
    const p = parseCaptureArgs(['--duration', '2.5', '--out=x.trace', '--', 'prog', '--out', 'y']);
    expect(p.durationS).toBe(2.5);
    expect(p.out).toBe('x.trace');
    expect(p.command).toEqual(['prog', '--out', 'y']);
  });

  it('parses pids, events, device, buffer and live options', () => {
    const p = parseCaptureArgs([
      '--pid',
      '12,13',
      '--comm',
      'mmwork,db*',
      '--events',
      'a:b,c:d',
      '--dev',
      '7:2',
      '--buffer-kb',
      '4096',
      '--live',
      '--log',
      '/tmp/log',
    ]);
    expect(p.pids).toEqual([12, 13]);
    expect(p.comms).toEqual(['mmwork', 'db*']);
    expect(p.events).toEqual(['a:b', 'c:d']);
    expect(p.dev).toBe('7:2');
    expect(p.bufferKb).toBe(4096);
    expect(p.live).toBe(true);
    expect(p.logDir).toBe('/tmp/log');
  });

  it.each([
    [['--pid', 'abc'], /--pid: 'abc' is not a process id/],
    [['--pid', '1', '--', 'ls'], /--pid and -- CMD/],
    [['--duration', '0'], /--duration: expected a positive number/],
    [['--duration', 'soon'], /--duration/],
    [['--buffer-kb', '1.5'], /--buffer-kb: expected a positive integer/],
    [['--dev', 'sda'], /--dev: expected MAJ:MIN/],
    [['--live'], /--live needs --log DIR or --kafka/],
    [['--live', '--log', 'a', '--kafka', 'b:1'], /cannot be used together/],
    [['--log', 'a'], /need --live/],
    [['--live', '--log', 'a', '--out', 'f'], /--out does not apply to --live/],
    [['--after', '3'], /--after only applies with -- CMD/],
    [['--'], /must be followed by a command/],
    [['--out'], /--out needs a value/],
    [['--comm', 'a"b'], /--comm: 'a"b' is not a task name/],
    [['--comm', 'sixteen-chars-xx'], /--comm/],
    [['--frobnicate'], /unknown option '--frobnicate'/],
    [['--events', 'nocolon'], /not a 'system:event' name/],
    [['--clock', 'Bad Clock'], /--clock: bad clock name/],
  ])('rejects %j', (args, message) => {
    expect(() => parseCaptureArgs(args)).toThrow(message);
  });
});
