/**
 * Runs the built CLI (`bin/faultreplay.js`, or FAULTREPLAY_CLI) as a child process, as a user
 * would, for the e2e tests: UTC, the test's environment plus `env`, and output buffers large
 * enough for a `--json` of every policy; a timeout (killed: code -1) where a hang is the bug.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_CLI = process.env['FAULTREPLAY_CLI'] ?? join(REPO_ROOT, 'bin', 'faultreplay.js');

export interface BuiltCliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runBuiltCli(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs?: number,
): BuiltCliRun {
  const r = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', ...env },
    maxBuffer: 64 * 1024 * 1024,
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
