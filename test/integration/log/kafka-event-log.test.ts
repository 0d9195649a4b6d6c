// The EventLog contract (test/contracts/event-log.contract.ts) against the Kafka adapter and a
// real broker: each test gets a fresh one-partition topic; `reopen` builds a second adapter
// over the same topic, as a restarted process would.
import { afterAll } from 'vitest';
import type { EventLog } from '../../../src/log/index.js';
import type { KafkaEventLog } from '../../../src/log/kafka-event-log.js';
import { createKafkaEventLog, createKafkaTopicAdmin } from '../../../src/log/kafka-event-log.js';
import { runEventLogContract } from '../../contracts/event-log.contract.js';
import { kafkaBrokers, randomName } from '../../helpers/services.js';

const brokers = kafkaBrokers();
const topics: string[] = [];

afterAll(async () => {
  const admin = createKafkaTopicAdmin({ brokers });
  try {
    await admin.deleteTopics(topics);
  } finally {
    await admin.close();
  }
});

runEventLogContract('kafka', {
  create: () => {
    const topic = randomName('contract');
    topics.push(topic);
    return Promise.resolve(createKafkaEventLog({ brokers, topic, numPartitions: 1 }));
  },
  reopen: (closed: EventLog) =>
    Promise.resolve(createKafkaEventLog({ brokers, topic: (closed as KafkaEventLog).topic })),
});
