/**
 * Child processes in the log tests (a writer killed with SIGKILL, a reader in another process)
 * run plain Node, which cannot load .ts. This transpiles the few modules they need (the file
 * log, codec, events, native loader, errors and the sample-event generator) with TypeScript's `transpileModule`
 * into a temp dir that links the repo's node_modules, in well under a second.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function tsFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await tsFiles(p)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Returns the root of the transpiled tree (mirrors the repo layout: `<root>/src/log/...`). */
export async function buildForChild(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'faultreplay-child-'));
  await symlink(join(repo, 'node_modules'), join(root, 'node_modules'));
  // The native helpers, when built, as the parent process uses them.
  await symlink(join(repo, 'native'), join(root, 'native'));
  const sources = [
    ...(await tsFiles(join(repo, 'src', 'log'))),
    ...(await tsFiles(join(repo, 'src', 'codec'))),
    ...(await tsFiles(join(repo, 'src', 'events'))),
    ...(await tsFiles(join(repo, 'src', 'native'))),
    join(repo, 'src', 'errors.ts'),
    join(repo, 'test', 'unit', 'codec', 'random-events.ts'),
  ].filter((f) => !f.includes('kafka')); // only the adapters the children use
  for (const file of sources) {
    const rel = relative(repo, file).replace(/\.ts$/, '.js');
    const out = ts.transpileModule(await readFile(file, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false,
      },
      fileName: file,
    });
    await mkdir(dirname(join(root, rel)), { recursive: true });
    await writeFile(join(root, rel), out.outputText);
  }
  await mkdir(join(root, 'src', 'gen', 'proto'), { recursive: true });
  await copyFile(join(repo, 'src/gen/proto/events.js'), join(root, 'src/gen/proto/events.js'));
  await writeFile(join(root, 'package.json'), '{"type":"module"}\n');
  return root;
}
