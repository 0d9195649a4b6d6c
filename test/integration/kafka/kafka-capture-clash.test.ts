/**
 * One capture id, one file, on a real broker (src/log/capture-clash.ts): a second, different
 * file ingested under a capture id the topic holds is refused with an error naming both files,
 * and nothing of it is appended (not merged into the first as a "resume"); the same file again
 * stays the idempotent resume; the sink goes on with the next capture after a refusal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestSummary } from '../../../ingest/index.js';
import {
  createKafkaTopicAdmin,
  createKafkaTopicSink,
  readCaptureRecords,
  type KafkaTopicSink,
} from '../../../src/log/kafka-event-log.js';
import { kafkaBrokers, randomName } from '../../helpers/services.js';
import { tracePath } from '../../helpers/shared.js';

const brokers = kafkaBrokers();
const admin = createKafkaTopicAdmin({ brokers });
const topics: string[] = [];
const first = tracePath('ext4-small-steady.trace.gz');
const other = tracePath('ext4-fault512-sparse.trace.gz');
const third = tracePath('scenarios/xfs_default.trace');

afterAll(async () => {
  await admin.deleteTopics(topics).catch(() => undefined);
  await admin.close();
});

async function ingest(
  topic: string,
  files: readonly string[],
  captureId: string | undefined,
  onResume?: (id: string, held: number, ended: boolean) => void,
): Promise<IngestSummary> {
  const sink: KafkaTopicSink = createKafkaTopicSink({
    brokers,
    topic,
    numPartitions: 2,
    maxBatchBytes: 16 * 1024,
    ...(onResume === undefined ? {} : { onResume }),
  });
  try {
    return await ingestFiles(files, sink, captureId === undefined ? {} : { captureId });
  } finally {
    await sink.close();
  }
}

/** Every batch record of the topic: capture id, first seq, events, end flag. */
async function batches(topic: string): Promise<string[]> {
  const out: string[] = [];
  for (const o of await admin.offsets(topic)) {
    const range = { brokers, topic, partition: o.partition, fromOffset: o.low, toOffset: o.high };
    for await (const rs of readCaptureRecords(range)) {
      for (const r of rs) {
        if (r.kind === 'batch')
          out.push(
            `${o.partition}:${r.captureId}:${r.firstSeq}+${r.events.length}:${r.endOfCapture}`,
          );
      }
    }
  }
  return out;
}

describe('kafka ingest: one capture id, one file', () => {
  it('refuses another file under a taken capture id, naming both; the same file resumes', async () => {
    const topic = randomName('capture-clash');
    topics.push(topic);
    const a = await ingest(topic, [first], 'X');
    expect(a.files.map((f) => f.captureId)).toEqual(['X']);
    expect(a.skippedFiles).toEqual([]);
    const stored = await batches(topic);
    expect(stored.at(-1)).toMatch(/:X:\d+\+\d+:true$/);

    // A different file under the same id: refused as a whole, nothing appended.
    const b = await ingest(topic, [other], 'X');
    expect(b.files).toEqual([]);
    expect(b.events).toBe(0);
    expect(b.skippedFiles).toHaveLength(1);
    const reason = b.skippedFiles[0]!.reason;
    expect(reason).toContain('capture id X');
    expect(reason).toContain(first);
    expect(reason).toContain(other);
    expect(reason).toContain('--capture-id');
    expect(b.issues).toEqual([{ file: other, line: 0, reason }]);
    expect(await batches(topic)).toEqual(stored);

    // The same file again: the idempotent resume (nothing appended, no refusal).
    const resumed: string[] = [];
    const again = await ingest(topic, [first], 'X', (id, held, ended) =>
      resumed.push(`${id}:${held}:${ended}`),
    );
    expect(again.skippedFiles).toEqual([]);
    expect(again.files.map((f) => f.captureId)).toEqual(['X']);
    expect(resumed).toEqual([`X:${a.events}:true`]);
    expect(await batches(topic)).toEqual(stored);
  });

  it('goes on with the next capture after a refusal, on the same sink', async () => {
    const topic = randomName('capture-clash-next');
    topics.push(topic);
    await ingest(topic, [first], 'xfs_default');
    const before = await batches(topic);
    // `third`'s default id is xfs_default, taken by `first`; `other` is new.
    const s = await ingest(topic, [third, other], undefined);
    expect(s.skippedFiles.map((f) => f.path)).toEqual([third]);
    expect(s.skippedFiles[0]!.reason).toContain(first);
    expect(s.files.map((f) => f.captureId)).toEqual(['ext4-fault512-sparse']);
    const after = await batches(topic);
    expect(after.filter((b) => before.includes(b))).toEqual(before);
    const added = after.filter((b) => !before.includes(b));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((b) => b.includes(':ext4-fault512-sparse:'))).toBe(true);
    expect(added.at(-1)).toMatch(/:true$/);
  });
});
