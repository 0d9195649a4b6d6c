// Credentials in a --clickhouse URL never reach output: not the human lines, not --json, not
// errors; and the user is told that the URL's password shows in `ps`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callCli as call } from '../../helpers/cli.js';
import { describe, expect, test } from 'vitest';
import { redactUrl, storeLocation } from '../../../src/store/config.js';
import { repoRoot } from '../../helpers/shared.js';

const FIXTURE = join(repoRoot, 'test', 'fixtures', 'captures', 'ext4-small-steady.trace.gz');
// Nothing listens on port 1: storing fails after the retries, through the real error path.
const URL_WITH_SECRET = 'http://reader:hunter2@127.0.0.1:1';

describe('ClickHouse credentials are redacted', () => {
  test('store locations keep host, port and path, never user or password', () => {
    expect(redactUrl('http://u:p%40ss@ch.example:8123/x')).toBe('http://ch.example:8123/x');
    expect(
      storeLocation({
        kind: 'clickhouse',
        url: URL_WITH_SECRET,
        user: undefined,
        password: undefined,
        database: 'faultreplay',
      }),
    ).toBe('http://127.0.0.1:1');
    expect(storeLocation({ kind: 'chdb', path: '/d', database: 'faultreplay' })).toBe('/d');
  });

  test('run prints neither the user nor the password, and warns about ps', async () => {
    const log = mkdtempSync(join(tmpdir(), 'fr-redact-'));
    for (const json of [false, true]) {
      const r = await call([
        'run',
        '--log',
        join(log, String(json)),
        '--policies',
        'legacy',
        '--clickhouse',
        URL_WITH_SECRET,
        '--store-retry',
        '1',
        ...(json ? ['--json'] : []),
        FIXTURE,
      ]);
      expect(r.code).toBe(1);
      const all = r.out + r.err;
      expect(all).not.toContain('hunter2');
      expect(all).not.toContain('reader');
      // The server is checked before the work (issue 13): nothing is computed to be lost.
      expect(r.out).toBe('');
      expect(r.err).toMatch(/retrying in \d+ ms \([\d.]+ of 1 s retry budget used\)/);
      expect(r.err).toMatch(/failed after \d+ attempts over 1\.0 s/);
      expect(r.err).toContain('http://127.0.0.1:1');
      expect(r.err).toMatch(/password, which any user .* ps: set FAULTREPLAY_CLICKHOUSE_PASSWORD/);
    }
  });
});
