/**
 * Bad input lines are stored with the run (#15): a capture with 4 lines that are not trace lines
 * and 2 modelled events whose payload cannot be read (`scenarios/ext4-bad-lines`, fixture
 * README), ingested through the file log and through the real broker (a replay worker storing on
 * the real ClickHouse server), gives the same runs on both paths, and every store (chDB and the
 * server, each path's runs) holds the same `run_skipped` rows: bad_lines 4, payload_mismatch_lines
 * 2. A clean capture ingested with it stores its known zeros.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/index.js';
import type { IngestSummary } from '../../../ingest/index.js';
import { createFileEventLog } from '../../../src/log/file-event-log.js';
import { createKafkaTopicAdmin, createKafkaTopicSink } from '../../../src/log/kafka-event-log.js';
import { createKafkaReplayWorker } from '../../../src/log/kafka-replay-worker.js';
import { replayCaptures } from '../../../src/sim/engine.js';
import type { RunResult } from '../../../src/sim/results.js';
import { createResultStore } from '../../../src/store/index.js';
import type { ResultStore, StoreConfig } from '../../../src/store/index.js';
import {
  clickhouseStore,
  clickhouseUrl,
  kafkaBrokers,
  randomDatabase,
  randomName,
  untilGroupCommittedTopic,
} from '../../helpers/services.js';
import { tracePath } from '../../helpers/shared.js';

const run = promisify(execFile);
const brokers = kafkaBrokers();
const chUrl = clickhouseUrl();
const admin = createKafkaTopicAdmin({ brokers });
const topic = randomName('bad-lines');
const databases = [randomDatabase('bad_lines_file'), randomDatabase('bad_lines_kafka')];
const dir = mkdtempSync(join(tmpdir(), 'bad-lines-'));
const CAPTURES = [
  tracePath('ext4-fault512-sparse.trace.gz'),
  tracePath('scenarios/ext4-bad-lines.trace.gz'),
];
const POLICIES = ['legacy', 'deferred'];
const BAD_LINES = 4;
const PAYLOAD_MISMATCHES = 2;

afterAll(async () => {
  for (const db of databases)
    await run('curl', ['-fsS', '--data-binary', `DROP DATABASE IF EXISTS ${db}`, chUrl]).catch(
      () => undefined,
    );
  await admin.deleteTopics([topic, `${topic}.dlq`]).catch(() => undefined);
  await admin.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What ingest said of each file: its bad lines and payload mismatches, from its issues. */
function ingestCounts(summaries: readonly IngestSummary[]): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const s of summaries) {
    for (const f of s.files) {
      const issues = s.issues.filter((i) => i.file === f.path);
      const mismatches = issues.filter((i) => i.reason.includes('kept as generic')).length;
      out[f.captureId] = [f.malformed, mismatches];
    }
  }
  return out;
}

/**
 * The file-log path: each capture ingested alone into a fresh file log and replayed, so its
 * offsets are its seqs, as in Kafka (run ids digest the offsets).
 */
async function viaFileLog(): Promise<{ summary: IngestSummary[]; runs: RunResult[] }> {
  const summary: IngestSummary[] = [];
  const runs: RunResult[] = [];
  for (const [i, capture] of CAPTURES.entries()) {
    const logDir = join(dir, `log-${i}`);
    const writer = await createFileEventLog({ dir: logDir });
    try {
      summary.push(await ingestFiles([capture], writer));
    } finally {
      await writer.close();
    }
    const reader = await createFileEventLog({ dir: logDir, readOnly: true });
    try {
      runs.push(...(await replayCaptures(reader, { policies: POLICIES })));
    } finally {
      await reader.close();
    }
  }
  return { summary, runs };
}

/** The Kafka path: ingest into the topic; a replay worker stores on the server and says what. */
async function viaKafka(
  store: ResultStore,
): Promise<{ summary: IngestSummary[]; runs: RunResult[] }> {
  const sink = createKafkaTopicSink({ brokers, topic, numPartitions: 2, maxBatchBytes: 16384 });
  let summary: IngestSummary;
  try {
    summary = await ingestFiles(CAPTURES, sink);
  } finally {
    await sink.close();
  }
  const runs: RunResult[] = [];
  const groupId = randomName('group');
  const worker = createKafkaReplayWorker({
    brokers,
    topic,
    groupId,
    store,
    replay: { policies: POLICIES },
    idleMs: 200,
    onRange: (_w, stored) => runs.push(...stored),
  });
  try {
    await worker.start();
    await untilGroupCommittedTopic(admin, groupId, topic);
  } finally {
    await worker.stop();
  }
  runs.sort(
    (a, b) =>
      CAPTURES.findIndex((c) => c.includes(a.captureId)) -
      CAPTURES.findIndex((c) => c.includes(b.captureId)),
  );
  return { summary: [summary], runs };
}

/** Each run's `skipped` query rows, by capture id. */
async function skippedRows(
  store: ResultStore,
  runs: readonly RunResult[],
): Promise<Record<string, readonly unknown[]>> {
  const out: Record<string, readonly unknown[]> = {};
  for (const r of runs) out[r.captureId] = (await store.query('skipped', { run: r.runId })).rows;
  return out;
}

async function storeAndRead(
  config: StoreConfig,
  runs: readonly RunResult[],
): Promise<Record<string, readonly unknown[]>> {
  const store = await createResultStore(config);
  try {
    for (const r of runs) await store.storeRun(r);
    return await skippedRows(store, runs);
  } finally {
    await store.close();
  }
}

it('bad lines are stored with the run through the file log and Kafka, on chDB and the server alike', async () => {
  const file = await viaFileLog();
  expect(ingestCounts(file.summary)).toEqual({
    'ext4-fault512-sparse': [0, 0],
    'ext4-bad-lines': [BAD_LINES, PAYLOAD_MISMATCHES],
  });
  expect(file.runs.map((r) => [r.captureId, r.completeness, r.skipped])).toEqual([
    ['ext4-fault512-sparse', 'complete', undefined],
    [
      'ext4-bad-lines',
      'complete',
      {
        damagedRecords: 0,
        tracerLostEvents: 0,
        unattributedFaults: 0,
        badLines: BAD_LINES,
        payloadMismatchLines: PAYLOAD_MISMATCHES,
      },
    ],
  ]);

  const kafkaStore = await createResultStore(clickhouseStore(databases[1]!));
  let kafka: Awaited<ReturnType<typeof viaKafka>>;
  let kafkaServerRows: Record<string, readonly unknown[]>;
  try {
    kafka = await viaKafka(kafkaStore);
    kafkaServerRows = await skippedRows(kafkaStore, kafka.runs);
  } finally {
    await kafkaStore.close();
  }
  expect(ingestCounts(kafka.summary)).toEqual(ingestCounts(file.summary));
  // The same runs, run ids and skipped counts included: the end record crossed the broker.
  expect(kafka.runs).toEqual(file.runs);

  const expected = {
    'ext4-fault512-sparse': rowsWith(0, 0),
    'ext4-bad-lines': rowsWith(BAD_LINES, PAYLOAD_MISMATCHES),
  };
  const stored = {
    'file log, chDB': await storeAndRead(
      { kind: 'chdb', path: join(dir, 'store-file'), database: 'faultreplay' },
      file.runs,
    ),
    'file log, server': await storeAndRead(clickhouseStore(databases[0]!), file.runs),
    'Kafka, chDB': await storeAndRead(
      { kind: 'chdb', path: join(dir, 'store-kafka'), database: 'faultreplay' },
      kafka.runs,
    ),
    'Kafka worker, server': kafkaServerRows,
  };
  for (const [path, rows] of Object.entries(stored)) expect(rows, path).toEqual(expected);
}, 600_000);

/** The `skipped` rows of a run with no other loss: ordered by `what`, zeros included. */
function rowsWith(badLines: number, payloadMismatchLines: number): unknown[] {
  return [
    { what: 'bad_lines', count: badLines },
    { what: 'damaged_records', count: 0 },
    { what: 'page_index_beyond_files', count: 0 },
    { what: 'payload_mismatch_lines', count: payloadMismatchLines },
    { what: 'tracer_lost_events', count: 0 },
    { what: 'unattributed_faults', count: 0 },
  ];
}
