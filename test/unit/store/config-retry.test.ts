import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ReplayError, isReplayError } from '../../../src/errors.js';
import { resolveStoreConfig } from '../../../src/store/config.js';
import { retrying } from '../../../src/store/retry.js';

describe('store configuration: flags, then env, then config file, then the default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fr-cfg-'));
  const cfg = join(dir, 'faultreplay.config.json');
  writeFileSync(
    cfg,
    JSON.stringify({
      store: {
        clickhouse: { url: 'http://file:8123', user: 'fu', password: 'fp', database: 'fdb' },
      },
    }),
  );
  test('default: embedded store under .faultreplay/store of the working directory', () => {
    expect(resolveStoreConfig({}, {}, '/work/x')).toEqual({
      kind: 'chdb',
      path: '/work/x/.faultreplay/store',
      database: 'faultreplay',
    });
  });
  test('config file key, overridden by env, overridden by the flag', () => {
    expect(resolveStoreConfig({}, {}, dir)).toEqual({
      kind: 'clickhouse',
      url: 'http://file:8123',
      user: 'fu',
      password: 'fp',
      database: 'fdb',
    });
    const env = {
      FAULTREPLAY_CLICKHOUSE_URL: 'http://env:8123',
      FAULTREPLAY_CLICKHOUSE_USER: 'eu',
      FAULTREPLAY_CLICKHOUSE_PASSWORD: 'ep',
      FAULTREPLAY_CLICKHOUSE_DATABASE: 'edb',
    };
    expect(resolveStoreConfig({}, env, dir)).toEqual({
      kind: 'clickhouse',
      url: 'http://env:8123',
      user: 'eu',
      password: 'ep',
      database: 'edb',
    });
    expect(resolveStoreConfig({ clickhouse: 'http://flag:8123' }, env, dir)).toMatchObject({
      url: 'http://flag:8123',
      user: 'eu',
    });
    expect(resolveStoreConfig({ store: 'here' }, env, dir)).toEqual({
      kind: 'chdb',
      path: join(dir, 'here'),
      database: 'edb',
    });
  });
  test('conflicting flags and bad files are configuration errors', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
        return 'ok';
      } catch (e) {
        return isReplayError(e) ? `${e.code} ${e.message}` : String(e);
      }
    };
    expect(code(() => resolveStoreConfig({ store: 'a', clickhouse: 'http://b' }, {}, dir))).toMatch(
      /^RPL_CONFIG give either/,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ store: { clickhouse: { url: 5 } } }));
    expect(code(() => resolveStoreConfig({ config: bad }, {}, dir))).toMatch(
      /^RPL_CONFIG config file .*bad.json: store\.clickhouse\.url:/,
    );
    expect(code(() => resolveStoreConfig({ config: join(dir, 'none.json') }, {}, dir))).toMatch(
      /does not exist/,
    );
  });
});

describe('retry with backoff', () => {
  test('retriable failures are retried with doubling delays, then the last error is wrapped', async () => {
    const delays: number[] = [];
    let calls = 0;
    const err = await retrying(
      'insert into t',
      () => {
        calls++;
        return Promise.reject(
          new ReplayError('RPL_SINK', 'connection refused', { retriable: true }),
        );
      },
      {
        attempts: 4,
        initialDelayMs: 5,
        maxDelayMs: 15,
        sleep: (ms) => (delays.push(ms), Promise.resolve()),
      },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(delays).toEqual([5, 10, 15]);
    expect(isReplayError(err) && err.message).toBe(
      'insert into t failed after 4 attempts: connection refused',
    );
  });
  test('without an attempt limit, retries last for the time budget, the last wait cut to fit', async () => {
    const delays: number[] = [];
    const used: number[] = [];
    const err = await retrying(
      'insert into t',
      () => Promise.reject(new ReplayError('RPL_SINK', 'connection refused', { retriable: true })),
      {
        budgetMs: 1000,
        initialDelayMs: 200,
        sleep: (ms) => (delays.push(ms), Promise.resolve()),
        onRetry: (_e, _a, _d, waited) => used.push(waited.ms),
      },
    ).catch((e: unknown) => e);
    expect(delays).toEqual([200, 400, 400]);
    expect(used).toEqual([0, 200, 600]);
    expect(isReplayError(err) && err.message).toBe(
      'insert into t failed after 4 attempts over 1.0 s: connection refused',
    );
  });
  test('a final error is not retried', async () => {
    let calls = 0;
    const err = await retrying('q', () => {
      calls++;
      return Promise.reject(new ReplayError('RPL_SINK', 'syntax error'));
    }).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(isReplayError(err) && err.message).toBe('syntax error');
  });
});
