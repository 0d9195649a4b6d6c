// `npm test` on a laptop: when a server program is missing, the integration setup fails with one
// line that says what to install or which variable to set, not a stack of script output. The
// script runs here with a PATH that lacks the program (every other command linked in), so the
// result does not depend on what this machine has installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFailure } from '../../helpers/global-setup.js';
import { repoRoot } from '../../helpers/shared.js';

const scratch = mkdtempSync(join(tmpdir(), 'services-missing-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A bin directory with every command on PATH except `hidden` (and apt-get: never install). */
function pathWithout(hidden: RegExp): string {
  const bin = join(scratch, `bin-${readdirSync(scratch).length}`);
  mkdirSync(bin);
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    if (dir === '' || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (hidden.test(name) || name === 'apt-get' || existsSync(join(bin, name))) continue;
      symlinkSync(join(dir, name), join(bin, name));
    }
  }
  return bin;
}

function start(service: string, path: string): { code: number | null; stderr: string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: path,
    FAULTREPLAY_SERVICES_DIR: join(scratch, 'services'),
  };
  delete env['KAFKA_BROKERS'];
  delete env['CLICKHOUSE_URL'];
  const r = spawnSync('bash', [join(repoRoot, 'scripts', 'services.sh'), 'start', service], {
    env,
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr };
}

describe('a missing server program', () => {
  it('clickhouse-server: one line naming the package and CLICKHOUSE_URL', () => {
    const r = start('clickhouse', pathWithout(/^clickhouse/));
    expect(r.code).toBe(1);
    const err = startFailure('clickhouse', r.stderr, r.code ?? 1);
    expect(err.message).toBe(
      'clickhouse-server not found: install ClickHouse (Debian: apt-get install clickhouse-server), or set CLICKHOUSE_URL',
    );
  });

  it('java: one line naming the package and KAFKA_BROKERS', () => {
    const r = start('kafka', pathWithout(/^java$/));
    expect(r.code).toBe(1);
    expect(startFailure('kafka', r.stderr, r.code ?? 1).message).toBe(
      'java not found (Kafka needs Java 17+): apt-get install openjdk-17-jre-headless, or set KAFKA_BROKERS',
    );
  });

  it('without an error line the exit status is the message', () => {
    expect(startFailure('kafka', '[services] kafka: starting\n', 3).message).toBe(
      'scripts/services.sh start kafka failed (exit 3)',
    );
  });
});
