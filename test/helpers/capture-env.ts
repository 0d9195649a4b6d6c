/**
 * Whether a real capture (root, tracefs, the tools a test builds or runs with) can run on this
 * machine; the e2e suites that record from the kernel skip with the reason otherwise.
 */
import { spawnSync } from 'node:child_process';
import { locateTracefs } from '../../ingest/capture/index.js';

/**
 * Why a real capture cannot run here, or undefined when it can. `tools` must each answer
 * on PATH (gcc for the mmap workload by default).
 */
export async function captureUnavailable(
  tools: readonly string[] = ['gcc'],
): Promise<string | undefined> {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not root (tracefs instances need root)';
  for (const tool of tools) {
    // On PATH (mkfs.ext4 has no --version: it would exit 1 although it is there).
    if (spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool]).status !== 0) return `no ${tool}`;
  }
  try {
    await locateTracefs({ mount: true });
  } catch (e) {
    return `tracefs unavailable: ${(e as Error).message}`;
  }
  return undefined;
}
