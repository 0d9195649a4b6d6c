/**
 * The resume check reads a partition back from its end only as far as the capture's first
 * batch (kafka-event-log.ts, `held`), in growing windows: a capture written long before the
 * end, behind more records than the first window holds, is still found whole (a re-run
 * appends nothing, another file under its id is refused).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestSummary } from '../../../ingest/index.js';
import { createKafkaTopicAdmin, createKafkaTopicSink } from '../../../src/log/kafka-event-log.js';
import { kafkaBrokers, randomName } from '../../helpers/services.js';
import { tracePath } from '../../helpers/shared.js';

const brokers = kafkaBrokers();
const admin = createKafkaTopicAdmin({ brokers });
const topics: string[] = [];
const early = tracePath('ext4-small-steady.trace.gz');
const later = tracePath('ext4-fault512-sparse.trace.gz');
const other = tracePath('scenarios/xfs_default.trace');

afterAll(async () => {
  await admin.deleteTopics(topics).catch(() => undefined);
  await admin.close();
});

async function ingest(
  topic: string,
  file: string,
  captureId: string,
  resumed: string[] = [],
): Promise<IngestSummary> {
  // One partition and the smallest batches: `later` is many records after `early`.
  const sink = createKafkaTopicSink({
    brokers,
    topic,
    numPartitions: 1,
    maxBatchBytes: 1024,
    onResume: (id, held, ended) => resumed.push(`${id}:${held}:${ended}`),
  });
  try {
    return await ingestFiles([file], sink, { captureId });
  } finally {
    await sink.close();
  }
}

const end = async (topic: string): Promise<number> => (await admin.offsets(topic))[0]!.high;

describe('kafka ingest: the resume check reads back from the end', () => {
  it('finds a capture behind more records than the first window', async () => {
    const topic = randomName('resume-scan');
    topics.push(topic);
    const a = await ingest(topic, early, 'A');
    const afterA = await end(topic);
    await ingest(topic, later, 'B');
    const afterB = await end(topic);
    // More than the first window (64 records) lie after A's last record.
    expect(afterB - afterA).toBeGreaterThan(64);

    const resumed: string[] = [];
    const again = await ingest(topic, early, 'A', resumed);
    expect(resumed).toEqual([`A:${a.events}:true`]);
    expect(again.skippedFiles).toEqual([]);
    expect(await end(topic)).toBe(afterB);

    const clash = await ingest(topic, other, 'A');
    expect(clash.files).toEqual([]);
    expect(clash.skippedFiles[0]!.reason).toContain(early);
    expect(await end(topic)).toBe(afterB);
  });
});
