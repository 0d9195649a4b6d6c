// 64-bit inode numbers end to end (issue 15 point 7): `faultreplay run` on ext4-ino64, a real
// ext4 capture whose two files were renumbered 2^63+1 and 2^63+3 (as doubles both are 2^63, so
// they were one file) and with one page index of 2^53+1 (fixture README). Through the file log,
// the replay and the store (the embedded one and the real ClickHouse server), the two files stay
// two, with their exact inode numbers.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createFileEventLog } from '../../../src/log/index.js';
import { createResultStore } from '../../../src/store/index.js';
import type { StoreConfig } from '../../../src/store/index.js';
import { callCli } from '../../helpers/cli.js';

const injected = (inject as (key: string) => unknown)('clickhouseUrl');
const url =
  typeof injected === 'string' && injected !== '' ? injected : process.env['CLICKHOUSE_URL'];

const CAPTURE = join('test', 'fixtures', 'captures', 'scenarios', 'ext4-ino64.trace.gz');
const INO_A = '9223372036854775809'; // 2^63 + 1
const INO_B = '9223372036854775811'; // 2^63 + 3
const DEV = 7340034; // 7:2
const POLICIES = ['legacy', 'deferred'];

interface RunJson {
  runId: string;
  ignoredEvents?: { pageIndexBeyondFiles: number };
  policies: Record<string, { files: { file: string; dev: number; ino: unknown }[] }>;
  store: { error: string | null };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faultreplay-ino64-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function suite(
  name: string,
  storeArgs: () => string[],
  config: () => StoreConfig,
  env: () => Record<string, string> = () => ({}),
) {
  describe(name, () => {
    test('two inodes that differ only above 2^53 are two files, exact in --json, the log and the store', async () => {
      const cwd = await mkdtemp(join(dir, 'run-'));
      const capture = join(process.cwd(), CAPTURE);
      const policies = ['--policies', POLICIES.join(',')];
      const r = await callCli(['run', '--json', ...policies, ...storeArgs(), capture], {
        cwd,
        env: env(),
      });
      expect({ code: r.code, err: r.err }).toMatchObject({ code: 0 });
      const j = JSON.parse(r.out) as RunJson;
      expect(j.store.error).toBeNull();

      // --json: the exact digits (a string: JSON numbers are doubles), one file each
      for (const p of POLICIES) {
        expect(j.policies[p]!.files.map((f) => [f.file, f.dev, f.ino])).toEqual([
          [`7:2/${INO_A}`, DEV, INO_A],
          [`7:2/${INO_B}`, DEV, INO_B],
        ]);
      }
      // the page index 2^53 + 1 names no file page: left out of the replay, counted and said
      expect(j.ignoredEvents).toEqual({ pageIndexBeyondFiles: 1 });
      expect(r.err).toMatch(/1 events name a page index at or above 2\^53, beyond any file/);

      // the file log holds both inode numbers and the page index exactly, as bigints
      const log = await createFileEventLog({ dir: join(cwd, '.faultreplay', 'log') });
      const inos = new Set<string>();
      const indexes: unknown[] = [];
      try {
        for await (const batch of log.read(0)) {
          for (const { event: e } of batch) {
            if ('ino' in e.data && typeof e.data.ino === 'bigint') inos.add(String(e.data.ino));
            if (e.type === 'page_dirtied' && typeof e.data.index === 'bigint')
              indexes.push(e.data.index);
          }
        }
      } finally {
        await log.close();
      }
      expect([...inos].sort()).toEqual([INO_A, INO_B]);
      expect(indexes).toEqual([(1n << 53n) + 1n]);

      // the store: the UInt64 column holds the exact values, read back as decimal strings
      const store = await createResultStore(config());
      try {
        const res = await store.query('files', { run: j.runId });
        expect(res.rows.map((row) => [row['policy'], row['file'], row['dev'], row['ino']])).toEqual(
          POLICIES.flatMap((p) => [
            [p, `7:2/${INO_A}`, DEV, INO_A],
            [p, `7:2/${INO_B}`, DEV, INO_B],
          ]),
        );
        // what the replay left out is stored with the run, as --json said it
        const skipped = await store.query('skipped', { run: j.runId });
        expect(
          skipped.rows.find((row) => row['what'] === 'page_index_beyond_files')?.['count'],
        ).toBe(j.ignoredEvents!.pageIndexBeyondFiles);
      } finally {
        await store.close();
      }
    }, 300_000);
  });
}

suite(
  'embedded store',
  () => ['--store', join(dir, 'store')],
  () => ({ kind: 'chdb', path: join(dir, 'store'), database: 'faultreplay' }),
);

const database = `fr_ino64_${randomBytes(4).toString('hex')}`;
describe.skipIf(url === undefined || url === '')('ClickHouse server', () => {
  afterAll(async () => {
    await fetch(url!, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
  });
  suite(
    'real server',
    () => ['--clickhouse', url!],
    () => ({ kind: 'clickhouse', url: url!, user: undefined, password: undefined, database }),
    () => ({ FAULTREPLAY_CLICKHOUSE_DATABASE: database }),
  );
});
