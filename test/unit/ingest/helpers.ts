import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { CaptureReader, type ReadOptions } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { capturesDir, peerTracesDir, repoRoot } from '../../helpers/shared.js';

/** The real captures kept in the repository (test/fixtures/captures/README.md). */
export const FIXTURES = join(repoRoot, 'test', 'fixtures');
export const TRACES = capturesDir;
export const SCENARIOS = join(capturesDir, 'scenarios');
export const PEER = peerTracesDir;

const created: string[] = [];

/** A fresh temp directory, removed when the importing test file finishes. */
export function tempDir(prefix = 'ingest-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  created.push(d);
  return d;
}

afterAll(() => {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
});

let dir: string | undefined;
let n = 0;

/** Writes `content` to a fresh temp file and returns its path. */
export function tempFile(content: string | Buffer, name?: string): string {
  dir ??= tempDir();
  const path = join(dir, name ?? `t${n++}.txt`);
  writeFileSync(path, content);
  return path;
}

/** Reads a file completely with CaptureReader. */
export async function readFile(
  path: string,
  options: ReadOptions = {},
): Promise<{ reader: CaptureReader; events: CanonicalEvent[] }> {
  const reader = new CaptureReader(path, options);
  const events: CanonicalEvent[] = [];
  for await (const b of reader.batches()) events.push(...b);
  return { reader, events };
}

/** Reads `lines` (joined with '\n' and ended by one) as one capture. */
export async function readLines(
  lines: readonly string[],
  options: ReadOptions = {},
): Promise<{ reader: CaptureReader; events: CanonicalEvent[] }> {
  return readFile(tempFile(`${lines.join('\n')}\n`), options);
}
