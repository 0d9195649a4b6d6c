/**
 * Child processes in tests (a log writer killed with SIGKILL, a reader in another process, the
 * Kafka memory probe under `--expose-gc`) run plain Node, which cannot load .ts. This transpiles
 * the modules they need with TypeScript's `transpileModule` (no type check) into a temp dir that
 * links the repo's node_modules, native/ and dashboards/, in a second or two.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function tsFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await tsFiles(p)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/**
 * The log tests' children: the file log, codec, events, native loader, errors and the
 * sample-event generator.
 */
export const LOG_CHILD_SOURCES = [
  'src/log',
  'src/codec',
  'src/events',
  'src/native',
  'src/errors.ts',
  'test/unit/codec/random-events.ts',
];

/**
 * Transpiles `sources` (repo-relative folders, taken whole, or .ts files) and returns the root of
 * the transpiled tree (mirrors the repo layout: `<root>/src/log/...`).
 */
export async function buildForChild(
  sources: readonly string[] = LOG_CHILD_SOURCES,
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'faultreplay-child-'));
  // The native helpers, when built, and the canned SQL, as the parent process uses them.
  for (const dir of ['node_modules', 'native', 'dashboards']) {
    await symlink(join(repo, dir), join(root, dir));
  }
  const files: string[] = [];
  for (const s of sources) {
    const path = join(repo, s);
    files.push(...(s.endsWith('.ts') ? [path] : await tsFiles(path)));
  }
  for (const file of files) {
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
