// The tunables `faultreplay capture` records: read from a /proc tree (a fixture built here, so
// the test never depends on this machine's settings) and carried by the header line.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatCaptureHeader,
  parseCaptureHeader,
  readCaptureTunables,
  type CaptureFileHeader,
} from '../../../ingest/capture/index.js';

let proc = '';
beforeAll(async () => {
  proc = await mkdtemp(join(tmpdir(), 'fr-proc-'));
  await mkdir(join(proc, 'sys', 'vm'), { recursive: true });
  await mkdir(join(proc, 'self'));
  const vm: Record<string, string> = {
    dirty_expire_centisecs: '100\n',
    dirty_writeback_centisecs: '50\n',
    dirty_background_bytes: '0\n',
    dirty_background_ratio: '10\n',
    dirtytime_expire_seconds: '43200\n',
  };
  for (const [k, v] of Object.entries(vm)) await writeFile(join(proc, 'sys', 'vm', k), v);
  await writeFile(
    join(proc, 'self', 'mountinfo'),
    [
      '22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw',
      '36 22 7:0 / /mnt/t rw,relatime shared:9 - ext4 /dev/loop0 rw,lazytime,commit=30',
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await rm(proc, { recursive: true, force: true });
});

describe('capture tunables', () => {
  it('reads vm.dirty_* in ms and the device mount options with commit=', async () => {
    expect(await readCaptureTunables('7:0', proc)).toEqual({
      dirtyExpireMs: 1000,
      writebackIntervalMs: 500,
      dirtyBackgroundBytes: 0,
      dirtyBackgroundRatio: 10,
      dirtytimeExpireMs: 43_200_000,
      commitIntervalMs: 30_000,
      mountOptions: 'rw,relatime,rw,lazytime,commit=30',
    });
    // ext4 without commit= journals every 5 s
    expect(await readCaptureTunables('254:0', proc)).toMatchObject({ commitIntervalMs: 5000 });
    // no device, or an unreadable /proc: only what could be read, never a guess
    expect(await readCaptureTunables('', proc)).not.toHaveProperty('commitIntervalMs');
    expect(await readCaptureTunables('7:0', join(proc, 'missing'))).toEqual({});
  });

  it('travel in the header line and come back; an older header has none', async () => {
    const h: CaptureFileHeader = {
      kernel: '6.18.0',
      clock: 'mono',
      hz: 250,
      host: 'vm',
      started: '2026-12-01T00:00:00.000Z',
      events: ['writeback:writeback_start'],
      pids: [],
      comms: [],
      dev: '7:0',
      fsType: 'ext4',
      bufferKb: 8192,
      tunables: await readCaptureTunables('7:0', proc),
    };
    const line = formatCaptureHeader(h);
    expect(line).toContain(' dirty_expire_ms=1000 dirty_writeback_ms=500 ');
    expect(line).toContain(' commit_ms=30000 mount_opts=');
    expect(parseCaptureHeader(line)).toEqual(h);
    const { tunables: _, ...old } = h;
    void _;
    expect(parseCaptureHeader(formatCaptureHeader(old))).not.toHaveProperty('tunables');
  });
});
