// The dashboard answers only loopback Host: names (DNS rebinding), and with a token only
// requests that carry it. Real HTTP requests with forged Host headers against the real server.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDashboardServer, type DashboardServer } from '../../../src/dashboard/index.js';
import type { ResultStore } from '../../../src/store/index.js';
import { tempChdbStore } from '../store/helpers.js';

interface Answer {
  status: number;
  body: string;
  cookie: string | undefined;
}

function get(port: number, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, cookie: res.headers['set-cookie']?.[0] });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const portOf = (s: DashboardServer): number => Number(new URL(s.url).port);

let store: ResultStore;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ store, cleanup } = await tempChdbStore());
});
afterAll(async () => {
  await cleanup();
});

describe('dashboard host and token checks', () => {
  test('on loopback: loopback Host names pass, any other name is refused', async () => {
    const server = await startDashboardServer({ store, port: 0 });
    try {
      const port = portOf(server);
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
        expect((await get(port, '/api/queries', { host })).status).toBe(200);
      }
      for (const host of [
        `evil.example:${port}`,
        'evil.example',
        '127.0.0.1.evil.example',
        'localhost.evil.example',
      ]) {
        const a = await get(port, '/api/queries', { host });
        expect(a.status).toBe(421);
        expect(a.body).not.toContain('summary');
      }
    } finally {
      await server.close();
    }
  });

  test('a non-loopback bind needs a token; with one, every request must carry it', async () => {
    await expect(startDashboardServer({ store, port: 0, host: '0.0.0.0' })).rejects.toThrow(
      'needs a token',
    );
    const server = await startDashboardServer({ store, port: 0, host: '0.0.0.0', token: 's3cret' });
    try {
      const port = portOf(server);
      const host = `evil.example:${port}`;
      expect((await get(port, '/api/queries', { host })).status).toBe(401);
      expect((await get(port, '/api/queries?token=wrong', { host })).status).toBe(401);
      expect(
        (await get(port, '/api/queries', { host, authorization: 'Bearer s3cre' })).status,
      ).toBe(401);
      const first = await get(port, '/?token=s3cret', { host });
      expect(first.status).toBe(200);
      expect(first.cookie).toMatch(/^faultreplay_token=s3cret; HttpOnly; SameSite=Strict/);
      const cookie = (first.cookie ?? '').split(';')[0] ?? '';
      expect((await get(port, '/api/queries', { host, cookie })).status).toBe(200);
      expect(
        (await get(port, '/api/queries', { host, authorization: 'Bearer s3cret' })).status,
      ).toBe(200);
    } finally {
      await server.close();
    }
  });
});
