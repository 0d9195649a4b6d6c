/**
 * The EventLog contract against the file adapter, twice: with the defaults (one segment), and
 * with tiny segments, index interval, write buffer and read chunks so that every test crosses
 * segment, index and chunk boundaries.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createFileEventLog } from '../../src/log/index.js';
import type { EventLog, FileEventLog, FileEventLogOptions } from '../../src/log/index.js';
import { runEventLogContract } from './event-log.contract.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function adapter(options: Omit<FileEventLogOptions, 'dir'>) {
  return {
    create: async (): Promise<EventLog> => {
      const dir = await mkdtemp(join(tmpdir(), 'faultreplay-log-contract-'));
      dirs.push(dir);
      return createFileEventLog({ ...options, dir });
    },
    reopen: (closed: EventLog): Promise<EventLog> =>
      createFileEventLog({ ...options, dir: (closed as FileEventLog).dir }),
  };
}

runEventLogContract('file (defaults)', adapter({}));
runEventLogContract(
  'file (tiny segments)',
  adapter({
    segmentBytes: 4096,
    indexIntervalBytes: 300,
    writeBufferBytes: 4096,
    readChunkBytes: 4096,
  }),
);
