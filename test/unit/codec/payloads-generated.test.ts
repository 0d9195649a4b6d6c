/**
 * src/codec/payloads.ts is generated from the schema (payloads-generator.ts). This fails when the
 * committed file and the schema disagree; `UPDATE_CODEC=1` rewrites the file instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { expect, test } from 'vitest';
import { generatePayloadsSource, PAYLOADS_PATH } from './payloads-generator.js';

test('src/codec/payloads.ts is what the schema generates', async () => {
  const options = (await prettier.resolveConfig(PAYLOADS_PATH)) ?? {};
  const generated = await prettier.format(generatePayloadsSource(), {
    ...options,
    filepath: PAYLOADS_PATH,
  });
  if (process.env['UPDATE_CODEC'] === '1') writeFileSync(PAYLOADS_PATH, generated);
  const committed = readFileSync(PAYLOADS_PATH, 'utf8');
  expect(committed === generated, `${join('src', 'codec', 'payloads.ts')} is stale`).toBe(true);
});
