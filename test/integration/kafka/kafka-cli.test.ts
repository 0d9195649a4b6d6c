/**
 * The pipeline commands as users run them, against the real broker and ClickHouse server, on
 * every capture under test/fixtures: `faultreplay ingest --kafka` into a 3-partition
 * topic, then `faultreplay replay --kafka` workers. The first worker is killed with SIGKILL
 * right after it stored its first range (before that range's commit, with partitions left to
 * do); two more workers in the same group take over (after the group drops the dead member:
 * the session timeout, 30 s). The stored rows, table by table, are then exactly those
 * `faultreplay run` stores for the same captures through the file log (run ids, offsets and
 * store times aside: `run` puts all captures in one log, so its offsets differ).
 *
 * The CLI is compiled into test-output/ first (tsc; others' type errors do not stop the emit).
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKafkaTopicAdmin } from '../../../src/log/kafka-event-log.js';
import { RESULT_TABLES } from '../../../src/store/index.js';
import { clickhouseUrl, kafkaBrokers, randomDatabase, randomName } from '../../helpers/services.js';
import { capturesDir, repoRoot } from '../../helpers/shared.js';

const run = promisify(execFile);
const brokers = kafkaBrokers();
const chUrl = clickhouseUrl();
const admin = createKafkaTopicAdmin({ brokers });
const topic = randomName('cli');
const database = randomDatabase('kafka_cli');
const fileDatabase = randomDatabase('file_cli');
const buildDir = join(repoRoot, 'test-output', 'kafka-cli-build');
const launcher = join(buildDir, 'faultreplay.mjs');
const POLICIES = 'legacy,deferred';
/** Every capture under test/fixtures (the latency CSVs beside them are not captures). */
const all = [
  join(capturesDir),
  join(capturesDir, 'scenarios'),
  join(repoRoot, 'test', 'fixtures', 'fs'),
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(trace|txt|tracecmd-report|perfscript)(\.gz)?$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
);
/**
 * The trace-cmd report of ext4-small-steady has the trace's default capture id: on a topic a
 * capture id names one capture (the second would be skipped as already there), so it gets its
 * own id, in both paths.
 */
const renamed = all.find((f) => f.endsWith('ext4-small-steady.tracecmd-report.gz'))!;
const RENAMED_ID = 'ext4-small-steady-tracecmd';
const captures = all.filter((f) => f !== renamed);

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
  for (const db of [database, fileDatabase]) {
    await run('curl', ['-fsS', '--data-binary', `DROP DATABASE IF EXISTS ${db}`, chUrl]).catch(
      () => undefined,
    );
  }
  await admin.deleteTopics([topic, `${topic}.dlq`]).catch(() => undefined);
  await admin.close();
});

const env = { ...process.env, FAULTREPLAY_CLICKHOUSE_DATABASE: database };

async function cli(
  args: readonly string[],
  db = database,
): Promise<{ stdout: string; stderr: string }> {
  return run('node', [launcher, ...args], {
    cwd: repoRoot,
    env: { ...env, FAULTREPLAY_CLICKHOUSE_DATABASE: db },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every stored row of a database, run ids replaced by capture ids, times and offsets dropped. */
async function storedRows(db: string): Promise<Record<string, string[]>> {
  const select = async (sql: string): Promise<Record<string, unknown>[]> => {
    const { stdout } = await run(
      'curl',
      ['-fsS', '--data-binary', `${sql} FORMAT JSONEachRow`, chUrl],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    return stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  };
  const captureOf = new Map(
    (await select(`SELECT run_id, capture_id FROM ${db}.runs FINAL`)).map((r) => [
      String(r['run_id']),
      String(r['capture_id']),
    ]),
  );
  const out: Record<string, string[]> = {};
  for (const table of RESULT_TABLES) {
    out[table] = (await select(`SELECT * FROM ${db}.${table} FINAL`))
      .map((row) => {
        const rest = new Map(Object.entries(row));
        for (const col of ['run_id', 'stored_at_ms', 'created_at_ms', 'from_offset', 'to_offset'])
          rest.delete(col);
        return JSON.stringify({
          capture: captureOf.get(String(row['run_id'])),
          ...Object.fromEntries(rest),
        });
      })
      .sort();
  }
  return out;
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
  it('a killed worker and two that take over store exactly what faultreplay run stores', async () => {
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
    await cli([
      'ingest',
      '--kafka',
      brokers,
      '--topic',
      topic,
      '--capture-id',
      RENAMED_ID,
      renamed,
    ]);
    const summary = JSON.parse(ingest.stdout) as { events: number };
    expect(summary.events).toBeGreaterThan(0);
    const ends = (await admin.offsets(topic)).map((o) => o.high);
    expect(ends).toHaveLength(3);

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

    // Two more workers: they share the partitions, finish and exit when idle.
    const others = [worker(), worker()];
    expect(await Promise.all(others.map((w) => w.exit))).toEqual([0, 0]);
    const committed = await admin.groupOffsets(`${topic}-workers`, topic);
    // Every partition with records is committed to its end (an empty one never needs a commit).
    expect(committed.map((c) => c.offset)).toEqual(ends.map((e) => (e === 0 ? -1 : e)));

    // The file-log path, as a user runs it, into a second database.
    const logDir = mkdtempSync(join(tmpdir(), 'faultreplay-cli-log-'));
    const runArgs = ['run', '--policies', POLICIES, '--clickhouse', chUrl];
    await cli([...runArgs, '--log', join(logDir, 'a'), ...captures], fileDatabase);
    await cli(
      [...runArgs, '--log', join(logDir, 'b'), '--capture-id', RENAMED_ID, renamed],
      fileDatabase,
    );
    const viaFile = await storedRows(fileDatabase);
    const viaKafka = await storedRows(database);
    expect(viaFile['runs']!.length).toBe(all.length);
    for (const table of RESULT_TABLES) expect(viaKafka[table], table).toEqual(viaFile[table]);
    // The time-backwards counts (one row per run) are stored by both paths, not only zeros.
    const backwards = viaKafka['run_time_backwards']!.map(
      (r) => JSON.parse(r) as { capture: string; dropped_faults: string | number },
    );
    expect(backwards).toHaveLength(all.length);
    expect(backwards.filter((r) => Number(r.dropped_faults) > 0).map((r) => r.capture)).toEqual([
      'ext4-time-backwards',
    ]);
    // A Kafka run is complete by construction: its end record carries the capture's end event.
    const completeness = viaKafka['run_inputs']!.map(
      (r) => (JSON.parse(r) as { completeness: string }).completeness,
    );
    expect(completeness).toEqual(all.map(() => 'complete'));
  }, 600_000);
});
