import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { CliIo } from '../../../src/cli/command.js';
import { createFileEventLog } from '../../../src/log/index.js';
import { scenario } from './given.js';

function io(
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => (o += d.toString()));
  stderr.on('data', (d: Buffer) => (e += d.toString()));
  return { io: { stdout, stderr, interactive: false, env, cwd }, out: () => o, err: () => e };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faultreplay-replay-'));
  const log = await createFileEventLog({ dir: join(dir, '.faultreplay', 'log') });
  // a small ext4-like story: four faults over two jiffies, an msync, a writeback
  await log.append(
    scenario()
      .create()
      .mmap(8)
      .at(1)
      .fault(0)
      .at(2)
      .fault(1)
      .at(5)
      .fault(2, { ts: true })
      .at(9)
      .msync(1, 8)
      .at(30)
      .writeback(3).events,
  );
  await log.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('faultreplay replay', () => {
  test('--json prints one object with runId, per-policy figures, observed under legacy and deltas', async () => {
    const c = io(dir);
    expect(await main(['replay', '--json', '--policies', 'deferred,mapsync'], c.io)).toBe(0);
    const r = JSON.parse(c.out()) as Record<string, unknown> & {
      policies: Record<
        string,
        Record<string, unknown> & {
          faultLatencyUs: Record<string, number>;
          mtimeStaleness: Record<string, number>;
        }
      >;
      deltas: Record<string, Record<string, unknown>>;
    };
    expect(typeof r['runId']).toBe('string');
    expect(Object.keys(r.policies)).toEqual(['legacy', 'deferred', 'mapsync']);
    for (const p of Object.values(r.policies)) {
      for (const k of [
        'writeFaults',
        'pageMkwriteCalls',
        'timestampUpdates',
        'journalCommits',
        'dataPagesWritten',
        'bytesDirtied',
        'bytesWritten',
        'writeAmplification',
      ]) {
        expect(typeof p[k]).toBe('number');
      }
      expect(Object.keys(p.faultLatencyUs)).toEqual(
        expect.arrayContaining(['mean', 'p50', 'p90', 'p99', 'max']),
      );
      expect(Object.keys(p.mtimeStaleness)).toEqual(
        expect.arrayContaining(['suSViolations', 'maxMs', 'meanMs']),
      );
    }
    expect(r.policies['legacy']!['writeFaults']).toBe(3);
    expect(r.policies['legacy']!['observed']).toMatchObject({
      writeFaults: 3,
      timestampUpdates: 1,
      dataPagesWritten: 3,
    });
    expect(Object.keys(r.deltas)).toEqual(['deferred', 'mapsync']);
    expect(r.deltas['deferred']!['timestampUpdates']).toMatchObject({
      legacy: r.policies['legacy']!['timestampUpdates'],
    });
  });

  test('prints the table by default, with the observed row under legacy', async () => {
    const c = io(dir);
    expect(await main(['replay', '--profile', 'hdd'], c.io)).toBe(0);
    const text = c.out();
    expect(text).toMatch(/profile hdd/);
    expect(text).toMatch(/^legacy +3 /m);
    expect(text).toMatch(/^ {2}\(observed\) +3 /m);
    expect(text).toMatch(/^mlock-prefault /m);
  });

  test('usage and configuration errors exit 2 and name the problem; a missing log exits 1', async () => {
    let c = io(dir);
    expect(await main(['replay', '--policies', 'legacy,nope'], c.io)).toBe(2);
    expect(c.err()).toMatch(/unknown policy 'nope'/);
    c = io(dir);
    expect(await main(['replay', '--profile', 'floppy'], c.io)).toBe(2);
    expect(c.err()).toMatch(/unknown profile 'floppy'/);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ costs: { tsUpdateUs: -1 }, hz: 250, typo: 1 }));
    c = io(dir);
    expect(await main(['replay', '--config', bad], c.io)).toBe(2);
    expect(c.err()).toContain(bad);
    expect(c.err()).toMatch(/costs\.tsUpdateUs/);
    c = io(join(dir, 'nowhere'));
    expect(await main(['replay'], c.io)).toBe(1);
    expect(c.err()).toMatch(/no event log at/);
  });

  test('a config file and FAULTREPLAY_PROFILE are honoured; a cost set in config is reported as such', async () => {
    const cfg = join(dir, 'cfg.json');
    await writeFile(
      cfg,
      JSON.stringify({
        costs: { tsUpdateUs: 11 },
        profiles: { mine: { dax: true, costs: { journalCommitUs: 42 } } },
      }),
    );
    const c = io(dir, { FAULTREPLAY_PROFILE: 'mine' });
    expect(await main(['replay', '--json', '--config', cfg, '--policies', 'legacy'], c.io)).toBe(0);
    const r = JSON.parse(c.out()) as {
      profile: string;
      costs: { name: string; valueUs: number; source: string }[];
    };
    expect(r.profile).toBe('mine');
    expect(r.costs.find((x) => x.name === 'tsUpdateUs')).toMatchObject({
      valueUs: 11,
      source: 'config',
    });
    expect(r.costs.find((x) => x.name === 'journalCommitUs')).toMatchObject({
      valueUs: 42,
      source: 'profile:mine',
    });
  });
});
