import { createMemoryEventLog } from '../../src/log/index.js';
import { runEventLogContract } from './event-log.contract.js';

runEventLogContract('memory', { create: () => Promise.resolve(createMemoryEventLog()) });
