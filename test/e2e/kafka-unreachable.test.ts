// `--kafka` with no broker listening: the built CLI says so within its connect budget, before
// any work, in one line naming the broker and the reason (it was ~62 s of silence).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuiltCliRun, runBuiltCli } from '../helpers/built-cli.js';
import { SCENARIOS, tempDir } from '../unit/ingest/helpers.js';

const XFS = join(SCENARIOS, 'xfs_default.trace');
// Port 1 on loopback: nothing listens there, connects are refused at once.
const DEAD = '127.0.0.1:1';

// A generous bound (55 s): kafkajs's own retries took ~62 s.
const cli = (args: readonly string[]): BuiltCliRun =>
  runBuiltCli(args, tempDir('kafka-dead-'), { FAULTREPLAY_CONNECT_BUDGET_MS: '1000' }, 55_000);

describe('--kafka with an unreachable broker', () => {
  it('ingest fails with one clear line and ingests nothing', () => {
    const r = cli(['ingest', '--kafka', DEAD, '--topic', 'dead-topic', XFS]);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(-1); // not killed by the timeout
    const errors = r.stderr.split('\n').filter((l) => l.includes('unreachable'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`broker ${DEAD} is unreachable`);
    expect(errors[0]).toContain('ECONNREFUSED');
    expect(r.stdout).not.toMatch(/ingested|events/i);
  }, 60_000);

  it('replay --kafka fails the same way before opening its store or group', () => {
    const r = cli(['replay', '--kafka', DEAD, '--group', 'dead-group', '--store', 'store']);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(-1);
    expect(r.stderr).toContain(`broker ${DEAD} is unreachable`);
    expect(r.stderr).toContain('ECONNREFUSED');
  }, 60_000);
});
