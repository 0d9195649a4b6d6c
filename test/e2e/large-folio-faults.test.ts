/**
 * The large-folio fault rule the runner follows (src/sim/runner.ts onFault, docs/filesystems.md),
 * checked on the running kernel: on a fresh ext4 loop filesystem, `large-folio-faults` writes
 * 1 MiB with write(2) (one large folio), then stores into 16 of its pages through a shared
 * mapping: the first, not-present fault maps the whole folio writable (1 fault for 16 pages);
 * after msync(MS_SYNC) write-protected them, every page faults on its own (16). Then the same run
 * is captured and replayed: legacy replays exactly the faults the trace shows.
 *
 * Needs root, tracefs, gcc, mkfs.ext4 and loop devices; skipped with the reason otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureUnavailable } from '../helpers/capture-env.js';
import { repoRoot } from '../helpers/shared.js';

const CLI = process.env['FAULTREPLAY_CLI'] ?? join(repoRoot, 'bin', 'faultreplay.js');
const SRC = join(repoRoot, 'test', 'fixtures', 'capture', 'large-folio-faults.c');

const why = await captureUnavailable(['gcc', 'mkfs.ext4', 'losetup']);
if (why !== undefined) process.stderr.write(`large-folio e2e skipped: ${why}\n`);

let work = '';
let mnt = '';
let mounted = false;
const prog = (): string => join(work, 'large-folio-faults');

beforeAll(async () => {
  if (why !== undefined) return;
  work = await mkdtemp(join(repoRoot, '.large-folio-e2e-'));
  mnt = join(work, 'mnt');
  await mkdir(mnt);
  const img = join(work, 'fs.img');
  execFileSync('truncate', ['-s', '128M', img]);
  execFileSync('mkfs.ext4', ['-q', '-F', img], { stdio: 'ignore' });
  execFileSync('mount', ['-o', 'loop', img, mnt]);
  mounted = true;
  execFileSync('gcc', ['-O2', '-o', prog(), SRC]);
});
afterAll(async () => {
  if (mounted) execFileSync('umount', [mnt]);
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe.skipIf(why !== undefined)('large folios on ext4 (real loop filesystem)', () => {
  it('a not-present write fault maps the whole folio; write-protect faults map one page', () => {
    const out = execFileSync(prog(), [join(mnt, 'direct.dat')], { encoding: 'utf8' });
    expect(out).toContain('first store: 1 faults; next 15 pages: 0 faults');
    expect(out).toContain('after msync, 16 pages: 16 faults');
  });

  it('the capture of that run replays to the same write faults', () => {
    const trace = join(work, 'lf.trace');
    const cap = spawnSync(
      process.execPath,
      [CLI, 'capture', '--out', trace, '--dev', mnt, '--', prog(), join(mnt, 'traced.dat')],
      { cwd: work, encoding: 'utf8' },
    );
    expect(cap.status, cap.stderr).toBe(0);
    const run = spawnSync(
      process.execPath,
      [
        CLI,
        'run',
        '--no-store',
        '--policies',
        'legacy',
        '--log',
        join(work, 'log'),
        '--json',
        trace,
      ],
      { cwd: work, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const legacy = (
      JSON.parse(run.stdout) as {
        policies: {
          legacy: {
            writeFaults: number;
            dataPagesWritten: number;
            observed: { writeFaults: number };
          };
        };
      }
    ).policies.legacy;
    // 1 not-present fault for the folio, then 16 write-protect faults after the msync
    expect(legacy.observed.writeFaults).toBe(17);
    expect(legacy.writeFaults).toBe(17);
    expect(legacy.dataPagesWritten).toBeGreaterThanOrEqual(16);
  });
});
