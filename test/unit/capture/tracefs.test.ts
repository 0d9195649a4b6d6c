import { existsSync } from 'node:fs';
import { chmod, mkdtemp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeStDev,
  describeSummary,
  instanceName,
  kernelDev,
  locateTracefs,
  lockPath,
  parseCpuStats,
  prepareRunDir,
  parseLostLine,
  resolveDevice,
  startGuardian,
  sweepStaleInstances,
  totalLost,
  tracefsCandidates,
  type CaptureSummary,
} from '../../../ingest/capture/index.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('tracefs helpers', () => {
  it('finds tracefs mounts, preferring /sys/kernel/tracing, then debugfs', () => {
    const mounts = [
      'sysfs /sys sysfs rw 0 0',
      'debugfs /sys/kernel/debug debugfs rw 0 0',
      'nodev /mnt/my\\040trace tracefs rw 0 0',
      'nodev /sys/kernel/tracing tracefs rw 0 0',
    ].join('\n');
    expect(tracefsCandidates(mounts)).toEqual([
      '/sys/kernel/tracing',
      '/mnt/my trace',
      '/sys/kernel/debug/tracing',
    ]);
    expect(tracefsCandidates('')).toEqual([]);
  });

  it('parses per-CPU stats', () => {
    const text = [
      'entries: 10',
      'overrun: 7',
      'commit overrun: 1',
      'bytes: 100',
      'oldest event ts:  1.0',
      'dropped events: 3',
      'read events: 9',
    ].join('\n');
    expect(parseCpuStats(1, text)).toEqual({ cpu: 1, overrun: 7, dropped: 3, commitOverrun: 1 });
  });

  it('parses [LOST] lines with and without a count', () => {
    expect(parseLostLine('CPU:0 [LOST 192 EVENTS]')).toEqual({ cpu: 0, count: 192 });
    expect(parseLostLine('CPU:3 [LOST EVENTS]')).toEqual({ cpu: 3, count: undefined });
    expect(parseLostLine('CPU:3 something')).toBeUndefined();
    expect(parseLostLine('  mmwork-1 [000] ..... 1.0: x: y')).toBeUndefined();
  });

  it('encodes dev_t both ways', () => {
    expect(kernelDev(7, 2)).toBe(7340034);
    expect(kernelDev(254, 0)).toBe(254 << 20);
    // glibc makedev(259, 300): (minor & 0xff) | (major << 8) | ((minor & ~0xff) << 12)
    const st = (300 & 0xff) | (259 << 8) | ((300 & ~0xff) << 12);
    expect(decodeStDev(st)).toEqual({ major: 259, minor: 300 });
  });

  it('resolves a partition to its disk for block events and the bdi', async () => {
    const sys = await mkdtemp(join(tmpdir(), 'capture-sysfs-'));
    dirs.push(sys);
    const disk = join(sys, 'devices', 'virtual', 'block', 'sdz');
    await mkdir(join(disk, 'sdz1'), { recursive: true });
    await writeFile(join(disk, 'dev'), '8:0\n');
    await writeFile(join(disk, 'sdz1', 'dev'), '8:1\n');
    await writeFile(join(disk, 'sdz1', 'partition'), '1\n');
    await mkdir(join(sys, 'dev', 'block'), { recursive: true });
    await symlink(join(disk, 'sdz1'), join(sys, 'dev', 'block', '8:1'));
    await symlink(disk, join(sys, 'dev', 'block', '8:0'));
    const mountinfo = join(sys, 'mountinfo');
    await writeFile(mountinfo, '30 1 8:1 / /data rw,relatime - xfs /dev/sdz1 rw\n');
    expect(await resolveDevice('8:1', { sysfs: sys, mountinfo })).toEqual({
      dev: kernelDev(8, 1),
      diskDev: kernelDev(8, 0),
      bdiName: '8:0',
      fsType: 'xfs',
    });
    expect(await resolveDevice('8:0', { sysfs: sys, mountinfo })).toEqual({
      dev: kernelDev(8, 0),
      diskDev: kernelDev(8, 0),
      bdiName: '8:0',
      fsType: '',
    });
    await expect(resolveDevice('/no/such/path', { sysfs: sys })).rejects.toThrow(
      /--dev: cannot stat/,
    );
  });

  it('says which path is missing when a tracefs root has no instances/', async () => {
    const root = await mkdtemp(join(tmpdir(), 'capture-notracefs-'));
    dirs.push(root);
    await expect(locateTracefs({ root, mount: false })).rejects.toThrow(
      `${join(root, 'instances')} does not exist`,
    );
    await mkdir(join(root, 'instances'));
    await expect(locateTracefs({ root, mount: false })).resolves.toBe(root);
  });

  it('sweeps instances whose lock is free, keeps locked and unlocked ones', async () => {
    const root = await mkdtemp(join(tmpdir(), 'capture-tracefs-'));
    const runDir = join(root, 'run');
    dirs.push(root);
    await prepareRunDir(runDir);
    // The pid in a name means nothing: a live capture in another pid namespace may show any.
    const [stale, live, legacy] = [
      `faultreplay-${process.pid}-0a0b0c0d`,
      'faultreplay-4000000-0a0b0c0e',
      'faultreplay-1-0a0b0c0f',
    ] as const;
    for (const n of [stale, live, legacy, 'someone-else']) {
      await mkdir(join(root, 'instances', n), { recursive: true });
    }
    await writeFile(lockPath(runDir, stale), '');
    const guardian = await startGuardian(runDir, join(root, 'instances', live), live);
    try {
      expect(await sweepStaleInstances(root, runDir)).toEqual({
        removed: [stale],
        unlocked: [legacy],
      });
      expect((await readdir(join(root, 'instances'))).sort()).toEqual(
        [live, legacy, 'someone-else'].sort(),
      );
      expect(existsSync(lockPath(runDir, stale))).toBe(false);
      expect(
        await sweepStaleInstances(root, runDir, { includeUnlocked: true }).then((r) => r.removed),
      ).toEqual([legacy]);
    } finally {
      await guardian.release();
    }
    // The guardian removes an instance its capture left behind, and its own lock file.
    expect((await readdir(join(root, 'instances'))).sort()).toEqual(['someone-else']);
    expect(existsSync(lockPath(runDir, live))).toBe(false);
  });

  it('a second guardian cannot take a held lock', async () => {
    const root = await mkdtemp(join(tmpdir(), 'capture-lock-'));
    dirs.push(root);
    const inst = join(root, 'instances', 'faultreplay-1-00');
    const first = await startGuardian(root, inst, 'faultreplay-1-00');
    try {
      await expect(startGuardian(root, inst, 'faultreplay-1-00')).rejects.toThrow(
        'another capture holds it',
      );
    } finally {
      await first.release();
    }
  });

  it('refuses a run directory others can write', async () => {
    const root = await mkdtemp(join(tmpdir(), 'capture-rundir-'));
    dirs.push(root);
    await chmod(root, 0o777);
    await expect(prepareRunDir(root)).rejects.toThrow('writable by it only');
  });

  it('names instances faultreplay-<pid>-<hex>', () => {
    expect(instanceName(42)).toMatch(/^faultreplay-42-[0-9a-f]{8}$/);
    expect(instanceName(42)).not.toBe(instanceName(42));
  });
});

describe('loss report', () => {
  const base = {
    instance: '/t/instances/x',
    header: { bufferKb: 1024 },
    bytes: 10,
    stoppedBy: 'duration',
    commandExit: undefined,
  } as unknown as CaptureSummary;

  it('suggests a bigger buffer when events were lost', () => {
    const s = {
      ...base,
      lostLines: 2,
      lostEvents: 50,
      cpuLoss: [
        { cpu: 0, overrun: 30, dropped: 0, commitOverrun: 0 },
        { cpu: 1, overrun: 0, dropped: 40, commitOverrun: 0 },
      ],
    };
    expect(totalLost(s)).toBe(70);
    const text = describeSummary(s, 'out.trace').join('\n');
    expect(text).toContain('LOST EVENTS: 70');
    expect(text).toContain('cpu0: overrun 30');
    expect(text).toContain('--buffer-kb (now 1024, try 4096)');
  });

  it('says nothing was lost otherwise', () => {
    const s = { ...base, lostLines: 0, lostEvents: 0, cpuLoss: [] };
    expect(totalLost(s)).toBe(0);
    expect(describeSummary(s, 'o').join('\n')).toContain('no events lost');
  });
});
