// The repository documents itself: every relative link in README.md and docs/*.md must resolve
// to a file inside the clone (and an anchor to a heading of that file), and every section id the
// code cites as `KERNEL.md X.Y` must be a section of docs/kernel.md. A clean clone with nothing
// beside it has to read as well as this workspace does.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/shared.js';

const DOCS = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(path: string): Set<string> {
  const text = readFileSync(path, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
}

/** `[text](target)` links outside code spans and fenced blocks, with their line numbers. */
function links(path: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  let fenced = false;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (raw.startsWith('```')) fenced = !fenced;
      if (fenced) return;
      const line = raw.replace(/`[^`]*`(?!\])/g, '');
      for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) out.push({ target: m[1]!, line: i + 1 });
    });
  return out;
}

/** Why `target` (linked from `from`) does not resolve, or undefined when it does. */
function brokenReason(from: string, target: string): string | undefined {
  if (/^[a-z]+:/i.test(target)) return undefined; // https:, mailto: are not ours to check
  const [file, anchor] = target.split('#') as [string, string | undefined];
  const path = file === '' ? join(repoRoot, from) : resolve(repoRoot, dirname(from), file);
  if (relative(repoRoot, path).startsWith('..')) return 'points outside the repository';
  if (!existsSync(path)) return 'no such file';
  if (anchor !== undefined && statSync(path).isFile() && !anchors(path).has(anchor))
    return `no heading #${anchor}`;
  return undefined;
}

describe('documentation links', () => {
  it.each(DOCS)('%s: every relative link resolves inside the repository', (doc) => {
    const broken = links(join(repoRoot, doc))
      .map(({ target, line }) => ({ line, target, reason: brokenReason(doc, target) }))
      .filter((l) => l.reason !== undefined);
    expect(broken).toEqual([]);
  });

  it('finds links, anchors and escapes it must reject', () => {
    expect(links(join(repoRoot, 'README.md')).length).toBeGreaterThan(3);
    expect(brokenReason('README.md', 'docs/kernel.md#e2-measured-defaults')).toBeUndefined();
    expect(brokenReason('README.md', 'docs/kernel.md#no-such-section')).toBe(
      'no heading #no-such-section',
    );
    expect(brokenReason('README.md', '../elsewhere/README.md')).toBe(
      'points outside the repository',
    );
    expect(brokenReason('docs/kernel.md', 'missing.md')).toBe('no such file');
  });

  it('every KERNEL.md section the code cites is a section of docs/kernel.md', () => {
    const sections = new Set(
      [
        ...readFileSync(join(repoRoot, 'docs', 'kernel.md'), 'utf8').matchAll(
          /^#{2,3} ([A-F])\.(\d*)/gm,
        ),
      ].map((m) => `${m[1]!}.${m[2]!}`),
    );
    const cited = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|c|mjs|sql)$/.test(name))
          for (const m of readFileSync(path, 'utf8').matchAll(
            /KERNEL\.md[ §]*([A-F]\.\d+(?:[-/, ]+(?:[A-F]\.)?\d+)*)/g,
          ))
            for (const id of expandIds(m[1]!)) cited.set(id, relative(repoRoot, path));
      }
    };
    for (const top of ['src', 'ingest', 'test', 'bench', 'scripts', 'native', 'dashboards'])
      if (existsSync(join(repoRoot, top))) walk(join(repoRoot, top));
    expect(cited.size).toBeGreaterThan(10);
    const missing = [...cited].filter(([id]) => !sections.has(id));
    expect(missing).toEqual([]);
  });
});

/** `A.1-A.13`, `C.1/C.2`, `C.8, E.1` to their ids (a range gives its two ends). */
function expandIds(text: string): string[] {
  const ids: string[] = [];
  let letter = '';
  for (const m of text.matchAll(/(?:([A-F])\.)?(\d+)/g)) {
    letter = m[1] ?? letter;
    ids.push(`${letter}.${m[2]!}`);
  }
  return ids;
}
