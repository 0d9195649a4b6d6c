/**
 * Where the captures the tests read live: inside the repository, under `test/fixtures/`, so a
 * fresh clone needs nothing beside it. Every test that reads a real capture goes through here,
 * so a missing file fails with one clear message instead of ENOENT somewhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels up from test/helpers/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Real kernel captures with their ground-truth latency CSVs (`test/fixtures/captures/README.md`). */
export const capturesDir = join(repoRoot, 'test', 'fixtures', 'captures');

/** Other projects' ftrace parser test files (`test/fixtures/peer-traces/README.md`). */
export const peerTracesDir = join(repoRoot, 'test', 'fixtures', 'peer-traces');

function existing(dir: string, name: string, what: string): string {
  const p = join(dir, name);
  if (!existsSync(p)) throw new Error(`${what} not found: ${p}`);
  return p;
}

/**
 * Path of a capture, e.g. `tracePath('ext4-small-steady.trace.gz')` or
 * `tracePath('scenarios/xfs_default.trace')`. Throws when the file does not exist.
 */
export function tracePath(name: string): string {
  return existing(capturesDir, name, 'capture');
}

/** Path of a peer project's trace, e.g. `peerTracePath('perfetto/bad_print.systrace')`. */
export function peerTracePath(name: string): string {
  return existing(peerTracesDir, name, 'peer capture');
}
