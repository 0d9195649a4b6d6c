import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  COST_PARAM_NAMES,
  COST_PARAM_SPECS,
  PROFILES,
  defaultCostParams,
  loadConfigFile,
  mergeSimOptions,
  parseSimOptions,
  readReplayEnv,
  resolveSimParams,
} from '../../../src/config/index.js';
import { ReplayError } from '../../../src/errors.js';

describe('cost model', () => {
  test('every parameter has a positive-or-zero default and a source', () => {
    const d = defaultCostParams();
    for (const n of COST_PARAM_NAMES) {
      expect(d[n]).toBeGreaterThanOrEqual(0);
      expect(COST_PARAM_SPECS[n].source.length).toBeGreaterThan(10);
    }
    // KERNEL.md E.2 suggested defaults
    expect(d.faultBaseWpUs).toBe(1.5);
    expect(d.tsUpdateUs).toBe(7);
    expect(d.journalCommitUs).toBe(1000);
    expect(d.cacheFlushUs).toBe(400);
    expect(d.pageCopy4kUs).toBe(0.5);
  });

  test('profiles: ssd is the default, ramdisk-dax is DAX with a 100 us commit, hdd a 10 ms one', () => {
    expect(resolveSimParams().profile.name).toBe('ssd');
    expect(PROFILES['ramdisk-dax']).toMatchObject({ dax: true, costs: { journalCommitUs: 100 } });
    expect(PROFILES['hdd']!.costs.journalCommitUs).toBe(10000);
  });
});

describe('config', () => {
  test('defaults are normalised once', () => {
    expect(resolveSimParams({})).toMatchObject({
      hz: 0,
      clockPhaseNs: 'auto',
      commitIntervalMs: null,
      writeback: 'observed',
      dirtyExpireMs: 30000,
      dirtytimeExpireMs: 43_200_000,
      blockSize: 4096,
    });
  });

  test('invalid files are RPL_CONFIG errors naming the file and the field; unknown keys are rejected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faultreplay-cfg-'));
    try {
      const f = join(dir, 'c.json');
      await writeFile(f, '{"hz": "fast", "costz": {}}');
      const err = await loadConfigFile(f).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReplayError);
      expect((err as ReplayError).code).toBe('RPL_CONFIG');
      expect((err as ReplayError).message).toContain(f);
      expect((err as ReplayError).message).toMatch(/hz/);
      expect((err as ReplayError).message).toMatch(/costz/);
      await writeFile(f, '{ not json');
      await expect(loadConfigFile(f)).rejects.toThrow(/not valid JSON/);
      await expect(loadConfigFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
      await writeFile(f, JSON.stringify({ profile: 'hdd', costs: { tsUpdateUs: 3 } }));
      expect(await loadConfigFile(f)).toEqual({ profile: 'hdd', costs: { tsUpdateUs: 3 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('layers merge with later ones winning, costs key by key', () => {
    const m = mergeSimOptions(
      { profile: 'ssd', costs: { tsUpdateUs: 3, cacheFlushUs: 1 } },
      { profile: 'hdd', costs: { tsUpdateUs: 5 } },
    );
    expect(m).toMatchObject({ profile: 'hdd', costs: { tsUpdateUs: 5, cacheFlushUs: 1 } });
  });

  test('user profiles from a config file, unknown profiles rejected', () => {
    const o = parseSimOptions(
      { profile: 'nvdimm', profiles: { nvdimm: { dax: true, costs: { journalCommitUs: 30 } } } },
      'x.json',
    );
    expect(resolveSimParams(o).profile).toMatchObject({
      name: 'nvdimm',
      dax: true,
      costs: { journalCommitUs: 30 },
    });
    expect(() => resolveSimParams({ profile: 'tape' })).toThrow(/unknown profile 'tape'/);
  });

  test('environment is read here only, empty values ignored', () => {
    expect(readReplayEnv({ FAULTREPLAY_PROFILE: 'hdd', FAULTREPLAY_CONFIG: '' })).toEqual({
      profile: 'hdd',
      configFile: undefined,
    });
  });
});

describe('one config file for every part', () => {
  test('the store section sits beside the simulator settings; each part reads its own', async () => {
    const { resolveStoreConfig } = await import('../../../src/store/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'faultreplay-cfg-'));
    try {
      const f = join(dir, 'faultreplay.config.json');
      await writeFile(
        f,
        JSON.stringify({
          profile: 'hdd',
          costs: { tsUpdateUs: 3 },
          store: { clickhouse: { url: 'http://127.0.0.1:1', database: 'fr_cfg' } },
        }),
      );
      const sim = await loadConfigFile(f);
      expect(resolveSimParams(sim).profile.name).toBe('hdd');
      expect(resolveSimParams(sim).costOverrides).toEqual({ tsUpdateUs: 3 });
      const store = resolveStoreConfig({ config: f }, {}, dir);
      expect(store).toMatchObject({
        kind: 'clickhouse',
        url: 'http://127.0.0.1:1',
        database: 'fr_cfg',
      });
      // a typo next to the store section is still an error
      await writeFile(f, JSON.stringify({ profle: 'hdd', store: {} }));
      await expect(loadConfigFile(f)).rejects.toThrow(/profle/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
