/**
 * The large-folio fault rule the runner follows (src/sim/runner/policy-runner.ts onFault, docs/filesystems.md),
 * checked on the running kernel: on a fresh ext4 loop filesystem, `large-folio-faults` writes
 * 1 MiB with write(2) (one large folio), then stores into 16 of its pages through a shared
 * mapping: a not-present fault maps the whole folio writable when it lies in one page table
 * (1 fault for 16 pages), else one page (16); after msync(MS_SYNC) write-protected them, every
 * page faults on its own (16). The run is captured and replayed: legacy replays exactly the
 * faults the trace shows.
 *
 * Needs root, tracefs, gcc, mkfs.ext4 and loop devices; skipped with the reason otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureUnavailable } from '../helpers/capture-env.js';
import { repoRoot } from '../helpers/shared.js';
import { runBuiltCli } from '../helpers/built-cli.js';

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
  it('a not-present write fault maps its whole folio, a write-protect fault one page; legacy replays exactly those faults', () => {
    const trace = join(work, 'lf.trace');
    const cap = runBuiltCli(
      ['capture', '--out', trace, '--dev', mnt, '--', prog(), join(mnt, 'traced.dat')],
      work,
    );
    expect(cap.code, cap.stderr).toBe(0);
    // The first store maps the whole folio when it lies in one page table (the mapping's
    // address is random), else one page: the program counts which, the trace shows it.
    const { faults } = /next 15 pages: (?<faults>\d+) faults/.exec(cap.stdout)!.groups!;
    expect(['0', '15']).toContain(faults);
    expect(cap.stdout).toContain('after msync, 16 pages: 16 faults');
    const run = runBuiltCli(
      ['run', '--no-store', '--policies', 'legacy', '--log', join(work, 'log'), '--json', trace],
      work,
    );
    expect(run.code, run.stderr).toBe(0);
    const legacy = (
      JSON.parse(run.stdout) as {
        policies: { legacy: { writeFaults: number; observed: { writeFaults: number } } };
      }
    ).policies.legacy;
    expect(legacy.observed.writeFaults).toBe(1 + Number(faults) + 16);
    // the replay maps the folio whole exactly when the kernel did (folioFitsPmd)
    expect(legacy.writeFaults).toBe(legacy.observed.writeFaults);
  });
});
