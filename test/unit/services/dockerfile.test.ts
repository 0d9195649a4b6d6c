// There is no Docker engine here, so the image is built the way the Dockerfile says without one:
// exactly the build stage's COPY set goes into an empty directory (minus .dockerignore), its RUN
// commands run there, then the runtime stage's COPY set is assembled and its entrypoint run. A
// folder the build needs but the Dockerfile does not copy (issue 13: native/) fails here.
// Dependencies are the one substitution: `npm ci` / `npm prune` steps are replaced by a link to
// this checkout's node_modules (the registry is not ours to hit from a unit test).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/shared.js';

interface Instruction {
  readonly op: string;
  readonly args: string;
}
interface Stage {
  readonly name: string | undefined;
  readonly instructions: Instruction[];
}

/** The Dockerfile's stages, continuation lines joined, comments dropped. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const joined = text.replace(/\\\n/g, ' ');
  for (const raw of joined.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [op = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (op.toUpperCase() === 'FROM') {
      stages.push({ name: /\bAS\s+(\S+)$/i.exec(args)?.[1], instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

/** `.dockerignore` entries (plain names and paths, the only kind it holds). */
const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));

function isIgnored(rel: string): boolean {
  return ignored.some((p) =>
    p.startsWith('*.') ? rel.endsWith(p.slice(1)) : rel === p || rel.startsWith(`${p}/`),
  );
}

/** Docker's COPY: a directory's contents go into dest; files into dest/ or onto dest. */
function copy(fromRoot: string, toRoot: string, args: string, applyIgnore: boolean): void {
  const parts = args.split(/\s+/).filter((a) => !a.startsWith('--'));
  const dest = parts.pop()!;
  for (const src of parts) {
    const from = join(fromRoot, src);
    if (!existsSync(from)) throw new Error(`COPY ${src}: not found in ${fromRoot}`);
    const into = join(toRoot, dest);
    const target = statSync(from).isDirectory()
      ? into
      : dest.endsWith('/') || parts.length > 1
        ? join(into, basename(src))
        : into;
    mkdirSync(statSync(from).isDirectory() ? target : dirname(target), { recursive: true });
    cpSync(from, target, {
      recursive: true,
      filter: (p) => !applyIgnore || !isIgnored(relative(fromRoot, p)),
    });
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'dockerfile-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const stages = parseDockerfile(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const buildStage = stages.find((s) => s.name === 'build');
const runtimeStage = stages.at(-1);

describe('Dockerfile', () => {
  it('has a build stage and a runtime stage with an entrypoint', () => {
    expect(buildStage).toBeDefined();
    expect(runtimeStage).not.toBe(buildStage);
    expect(runtimeStage!.instructions.some((i) => i.op === 'ENTRYPOINT')).toBe(true);
  });

  it('builds from exactly what the build stage copies, and the image runs', () => {
    const app = join(scratch, 'build');
    mkdirSync(app);
    symlinkSync(join(repoRoot, 'node_modules'), join(app, 'node_modules'));
    const ran: string[] = [];
    for (const { op, args } of buildStage!.instructions) {
      if (op === 'COPY') copy(repoRoot, app, args, true);
      if (op !== 'RUN') continue;
      const steps = args
        .split('&&')
        .map((s) => s.trim())
        .filter((s) => !/^npm (ci|prune)\b/.test(s));
      for (const step of steps) {
        ran.push(step);
        execFileSync('bash', ['-c', step], { cwd: app, stdio: ['ignore', 'ignore', 'pipe'] });
      }
    }
    expect(ran).toContain('npm run build');

    const image = join(scratch, 'image');
    mkdirSync(image);
    symlinkSync(join(repoRoot, 'node_modules'), join(image, 'node_modules'));
    for (const { op, args } of runtimeStage!.instructions) {
      if (op !== 'COPY') continue;
      const fromBuild = /--from=build\b/.test(args);
      const rest = args.replace(/--from=build\s+/, '');
      if (fromBuild && rest.startsWith('/app/node_modules')) continue; // linked above
      if (fromBuild) copy(app, image, rest.replace(/\/app\//g, ''), false);
      else copy(repoRoot, image, rest, true);
    }
    const entry = runtimeStage!.instructions.find((i) => i.op === 'ENTRYPOINT')!;
    const cmd = runtimeStage!.instructions.find((i) => i.op === 'CMD');
    const argv = [
      ...(JSON.parse(entry.args) as string[]),
      ...(cmd !== undefined ? (JSON.parse(cmd.args) as string[]) : []),
    ];
    const out = execFileSync(argv[0]!, argv.slice(1), { cwd: image, encoding: 'utf8' });
    expect(out).toMatch(/^Usage: faultreplay <command>/m);
  }, 300_000);
});
