/**
 * Where the shared captures live. In this workspace they are at `/work/shared`; in CI the
 * repository is cloned next to them, so they are at `../shared` relative to the repository
 * root. `FAULTREPLAY_SHARED_DIR` overrides both. Every test that reads a shared capture goes
 * through here, so a missing folder fails with one clear message instead of ENOENT somewhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels up from test/helpers/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let cached: string | undefined;

/** The shared folder (with `traces/`, `peer-traces/`, `docs/`); throws if none is found. */
export function sharedDir(): string {
  if (cached !== undefined) return cached;
  const fromEnv = process.env['FAULTREPLAY_SHARED_DIR'];
  const candidates = [
    ...(fromEnv !== undefined && fromEnv !== '' ? [resolve(fromEnv)] : []),
    resolve(repoRoot, '..', 'shared'),
    '/work/shared',
  ];
  for (const dir of candidates) {
    if (existsSync(join(dir, 'traces'))) {
      cached = dir;
      return dir;
    }
  }
  throw new Error(
    `shared captures not found: looked for a traces/ folder in ${candidates.join(', ')} ` +
      '(set FAULTREPLAY_SHARED_DIR to the folder that holds traces/)',
  );
}

/**
 * Path of a file under the shared `traces/` folder, e.g. `tracePath('ext4-small-steady.trace.gz')`
 * or `tracePath('scenarios/…')`. Throws when the file does not exist.
 */
export function tracePath(name: string): string {
  const p = join(sharedDir(), 'traces', name);
  if (!existsSync(p)) throw new Error(`shared capture not found: ${p}`);
  return p;
}

/** Path of a file under the shared `peer-traces/` folder; throws when it does not exist. */
export function peerTracePath(name: string): string {
  const p = join(sharedDir(), 'peer-traces', name);
  if (!existsSync(p)) throw new Error(`shared peer capture not found: ${p}`);
  return p;
}
