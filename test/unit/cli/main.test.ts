// The dispatcher: help routing and exit codes, with output captured through CliIo.
import { callCli as call } from '../../helpers/cli.js';
import { describe, expect, it } from 'vitest';

describe('faultreplay dispatcher', () => {
  it('lists every command with a summary', async () => {
    const r = await call(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['capture', 'dashboard', 'ingest', 'query', 'replay', 'run']) {
      expect(r.out).toMatch(new RegExp(`^  ${c}\\s+\\S`, 'm'));
    }
  });

  it('unknown commands are usage errors naming the known ones', async () => {
    const r = await call(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'frobnicate'.*ingest/);
  });

  it('a mode flag selects its own help: replay --kafka documents the worker', async () => {
    const plain = await call(['replay', '--help']);
    const worker = await call(['replay', '--kafka', 'x', '--help']);
    expect(plain.out).toMatch(/^Usage: faultreplay replay \[options\]/);
    expect(worker.out).toMatch(/^Usage: faultreplay replay --kafka BROKERS --group GROUP/);
    expect(worker.out).toMatch(/--dead-letter TOPIC/);
  });

  it('both replay modes check --policies against the registry before connecting anywhere', async () => {
    const local = await call(['replay', '--policies', 'legacy,bogus', '--log', '/nonexistent']);
    const worker = await call([
      'replay',
      '--kafka',
      '127.0.0.1:1',
      '--group',
      'g',
      '--policies',
      'bogus',
    ]);
    for (const r of [local, worker]) {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/unknown policy 'bogus' \(known: legacy,/);
    }
  });

  it('--help after -- belongs to the child command, not to faultreplay', async () => {
    // capture parses `-- prog --help` itself: it must not print capture's help and exit 0
    const r = await call(['capture', '--print-commands', '--', 'true', '--help']);
    expect(r.out).not.toMatch(/^Usage: faultreplay capture/);
  });
});
