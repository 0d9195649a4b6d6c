/**
 * The pipeline commands as users run them, against the real broker and ClickHouse server:
 * `faultreplay ingest --kafka` into a 3-partition topic, then `faultreplay replay --kafka`
 * workers. The first worker is killed with SIGKILL right after it stored its first range (before
 * that range's commit, with partitions left to do); a second worker in the same group takes
 * over (after the group drops the dead member: the session timeout, 30 s). The store ends with
 * exactly the runs a direct replay of each partition gives.
 *
 * The CLI is compiled into test-output/ first (tsc; others' type errors do not stop the emit).
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UndecodableRecord } from '../../../src/log/kafka-event-log.js';
import { createKafkaEventLog, createKafkaTopicAdmin } from '../../../src/log/kafka-event-log.js';
import { replayCaptures } from '../../../src/sim/engine.js';
import type { RunResult } from '../../../src/sim/results.js';
import { createResultStore } from '../../../src/store/index.js';
import { clickhouseUrl, kafkaBrokers, randomDatabase, randomName } from '../../helpers/services.js';
import { repoRoot, tracePath } from '../../helpers/shared.js';

const run = promisify(execFile);
const brokers = kafkaBrokers();
const chUrl = clickhouseUrl();
const admin = createKafkaTopicAdmin({ brokers });
const topic = randomName('cli');
const database = randomDatabase('kafka_cli');
const buildDir = join(repoRoot, 'test-output', 'kafka-cli-build');
const launcher = join(buildDir, 'faultreplay.mjs');
const POLICIES = 'legacy,deferred';
const captures = [
  tracePath('scenarios/xfs_default.trace'),
  tracePath('scenarios/ext4_default.trace'),
  tracePath('ext4-fault512-prealloc.trace.gz'),
];

beforeAll(async () => {
  mkdirSync(buildDir, { recursive: true });
  await run(
    'npx',
    [
      'tsc',
      '-p',
      'tsconfig.build.json',
      '--outDir',
      join(buildDir, 'dist'),
      '--noEmitOnError',
      'false',
    ],
    { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
  ).catch(() => undefined); // type errors elsewhere still emit
  cpSync(join(repoRoot, 'src', 'gen', 'proto'), join(buildDir, 'dist', 'src', 'gen', 'proto'), {
    recursive: true,
  });
  const main = join(buildDir, 'dist', 'src', 'cli', 'main.js');
  expect(existsSync(main)).toBe(true);
  writeFileSync(
    launcher,
    `const { main } = await import(${JSON.stringify(main)});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
}, 300_000);

afterAll(async () => {
  await run('curl', ['-fsS', '--data-binary', `DROP DATABASE IF EXISTS ${database}`, chUrl]).catch(
    () => undefined,
  );
  await admin.deleteTopics([topic, `${topic}.dlq`]).catch(() => undefined);
  await admin.close();
});

const env = { ...process.env, FAULTREPLAY_CLICKHOUSE_DATABASE: database };

async function cli(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return run('node', [launcher, ...args], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
}

function worker(): {
  child: ReturnType<typeof spawn>;
  stderr: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(
    'node',
    [
      launcher,
      'replay',
      '--kafka',
      brokers,
      '--group',
      `${topic}-workers`,
      '--topic',
      topic,
      '--clickhouse',
      chUrl,
      '--policies',
      POLICIES,
      '--idle-ms',
      '300',
      '--exit-when-idle',
    ],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  child.stdout.resume();
  const exit = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      resolve(code);
    });
  });
  return { child, stderr: () => err, exit };
}

describe('faultreplay ingest --kafka and replay --kafka', () => {
  it('a worker killed mid-replay and a restarted one store exactly the direct replays', async () => {
    const ingest = await cli([
      'ingest',
      '--kafka',
      brokers,
      '--topic',
      topic,
      '--partitions',
      '3',
      '--json',
      ...captures,
    ]);
    const summary = JSON.parse(ingest.stdout) as { events: number };
    const ends = (await admin.offsets(topic)).map((o) => o.high);
    expect(ends).toHaveLength(3);
    expect(ends.reduce((s, n) => s + n, 0)).toBe(summary.events);

    // First worker: SIGKILL as soon as it reports its first stored range.
    const first = worker();
    for (let i = 0; i < 1200 && !/runs? stored/.test(first.stderr()); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(first.stderr()).toMatch(/runs? stored/);
    first.child.kill('SIGKILL');
    await first.exit;
    const afterKill = await admin.groupOffsets(`${topic}-workers`, topic);
    const done = afterKill.filter((c, p) => c.offset === ends[p]).length;
    expect(done).toBeLessThan(ends.filter((e) => e > 0).length);

    // Second worker: finishes and exits when idle.
    const second = worker();
    expect(await second.exit).toBe(0);
    const committed = await admin.groupOffsets(`${topic}-workers`, topic);
    // Every partition with records is committed to its end (an empty one never needs a commit).
    expect(committed.map((c) => c.offset)).toEqual(ends.map((e) => (e === 0 ? -1 : e)));

    // Reference: each partition replayed directly from the broker.
    const expected: RunResult[] = [];
    for (const p of [0, 1, 2]) {
      const skipped: UndecodableRecord[] = [];
      const log = createKafkaEventLog({
        brokers,
        topic,
        partition: p,
        createTopic: false,
        onUndecodable: (r) => skipped.push(r),
      });
      try {
        expected.push(...(await replayCaptures(log, { policies: POLICIES.split(',') })));
      } finally {
        await log.close();
      }
      expect(skipped).toEqual([]);
    }
    const store = await createResultStore({
      kind: 'clickhouse',
      url: chUrl,
      user: undefined,
      password: undefined,
      database,
    });
    try {
      const rows = (await store.query('runs', { limit: 10_000 })).rows;
      expect(rows.map((r) => String(r['run_id'])).sort()).toEqual(
        expected.map((r) => r.runId).sort(),
      );
      for (const r of expected) {
        const row = rows.find((x) => x['run_id'] === r.runId)!;
        expect(Number(row['events'])).toBe(r.events);
        expect(row['capture_id']).toBe(r.captureId);
      }
    } finally {
      await store.close();
    }
  });
});
