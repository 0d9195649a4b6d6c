/**
 * `faultreplay capture --dev` on a real btrfs: a small loop filesystem is made and mounted, the
 * mmap workload writes 64 pages and msyncs them (MS_SYNC), and the capture must hold btrfs's own
 * writeback: the generic events under the `btrfs-N` bdi and `btrfs:extent_writepage` for the
 * file's inode. A `--dev` resolved from `stat().st_dev` (the subvolume's anonymous id) or a bdi
 * filter of `maj:min` records none of them (test/fixtures/fs/README.md, fact 1).
 *
 * Needs root, tracefs, gcc, mkfs.btrfs and loop devices; skipped with the reason otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaptureHeader } from '../../ingest/capture/index.js';
import { captureUnavailable } from '../helpers/capture-env.js';
import { repoRoot } from '../helpers/shared.js';
import { runBuiltCli } from '../helpers/built-cli.js';

const MMWORK_SRC = join(repoRoot, 'test', 'fixtures', 'capture', 'mmwork.c');
const PAGES = 64;

/** Also needs btrfs in the kernel (the module may load on first mount: modprobe says). */
async function unavailable(): Promise<string | undefined> {
  const why = await captureUnavailable(['gcc', 'mkfs.btrfs', 'losetup']);
  if (why !== undefined) return why;
  if (readFileSync('/proc/filesystems', 'utf8').includes('btrfs')) return undefined;
  return spawnSync('modprobe', ['btrfs']).status === 0 ? undefined : 'the kernel has no btrfs';
}
const why = await unavailable();
if (why !== undefined) process.stderr.write(`btrfs capture e2e skipped: ${why}\n`);

let work = '';
let mnt = '';
let mounted = false;

beforeAll(async () => {
  if (why !== undefined) return;
  work = await mkdtemp(join(repoRoot, '.capture-btrfs-e2e-'));
  mnt = join(work, 'mnt');
  await mkdir(mnt);
  const img = join(work, 'fs.img');
  execFileSync('truncate', ['-s', '256M', img]);
  execFileSync('mkfs.btrfs', ['-f', '-q', img], { stdio: 'ignore' });
  // -o loop sets up the loop device with autoclear: umount releases it.
  execFileSync('mount', ['-o', 'loop', img, mnt]);
  mounted = true;
  execFileSync('gcc', ['-O2', '-o', join(work, 'mmwork'), MMWORK_SRC]);
});
afterAll(async () => {
  if (mounted) execFileSync('umount', [mnt]);
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe.skipIf(why !== undefined)('capture on btrfs (real loop filesystem)', () => {
  it('records btrfs writeback under its btrfs-N bdi and the superblock dev', async () => {
    const out = join(work, 'btrfs.trace');
    const file = join(mnt, 'f.dat');
    const args = [
      'capture',
      '--out',
      out,
      '--dev',
      mnt,
      '--',
      join(work, 'mmwork'),
      file,
      String(PAGES),
      'sparse',
      'seq',
      String(PAGES),
      '0',
      String(PAGES),
      'sync',
      join(work, 'lat.csv'),
    ];
    const run = runBuiltCli(args, work);
    expect(run.code, run.stderr).toBe(0);
    // The recommended set has everything btrfs needs: no "btrfs needs ..." warning.
    expect(run.stderr).not.toMatch(/needs .*not recorded/);

    const text = readFileSync(out, 'utf8');
    const header = parseCaptureHeader(text.slice(0, text.indexOf('\n')));
    expect(header?.fsType).toBe('btrfs');
    // The superblock dev is the mount table's (major 0), whatever stat says of the directory.
    const line = readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .find((l) => l.split(' ')[4] === mnt);
    expect(header?.dev).toBe(line?.split(' ')[2]);
    expect(header?.dev).toMatch(/^0:\d+$/);

    const { ino } = await stat(file);
    const lines = text.split('\n');
    const dirtied = lines.filter((l) =>
      new RegExp(` writeback_dirty_folio: bdi btrfs-\\d+: ino=${ino} `).test(l),
    );
    expect(dirtied.length).toBeGreaterThanOrEqual(PAGES);
    const written = new Set(
      lines
        .filter((l) => l.includes(' extent_writepage: ') && l.includes(` ino=${ino} `))
        .map((l) => /page_index=(\d+)/.exec(l)?.[1]),
    );
    expect(written.size).toBe(PAGES);
    expect(lines.some((l) => l.includes(' btrfs_ordered_extent_add: '))).toBe(true);
    expect(
      lines.some((l) =>
        l.includes(` mm_filemap_fault: dev=${header?.dev} ino=${ino.toString(16)} `),
      ),
    ).toBe(true);
  });
});
