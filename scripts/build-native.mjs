// Builds the optional native helpers (native/<name>.c -> native/build/<name>.node: the line
// scanner and the log's record framing) with the C compiler and Node's own Node-API headers.
// Nothing here is required: without a compiler or headers every helper's JavaScript twin is used
// (same results, slower; src/native/load-addon.ts), and this script says so and exits 0 so
// `npm install` still succeeds. FAULTREPLAY_NATIVE=0 skips it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'native');
const say = (msg) => console.error(`faultreplay: native helpers ${msg}`);

if (process.env.FAULTREPLAY_NATIVE === '0') {
  say('not built (FAULTREPLAY_NATIVE=0); their JavaScript twins are used');
  process.exit(0);
}
const sources = readdirSync(dir).filter((f) => f.endsWith('.c'));
const stale = sources.filter((f) => {
  const out = join(dir, 'build', f.replace(/\.c$/, '.node'));
  return !existsSync(out) || statSync(out).mtimeMs < statSync(join(dir, f)).mtimeMs;
});
if (stale.length === 0) process.exit(0);

// Node-API headers: beside this node binary (official builds, nvm), or the distribution's.
const includeDirs = [
  join(dirname(process.execPath), '..', 'include', 'node'),
  '/usr/include/node',
  '/usr/local/include/node',
];
const include = includeDirs.find((d) => existsSync(join(d, 'node_api.h')));
if (include === undefined) {
  say(`not built (no node_api.h in ${includeDirs.join(', ')}); their JavaScript twins are used`);
  process.exit(0);
}
const cc = process.env.CC ?? 'cc';
mkdirSync(join(dir, 'build'), { recursive: true });
for (const f of stale) {
  const out = join(dir, 'build', f.replace(/\.c$/, '.node'));
  try {
    execFileSync(
      cc,
      [
        '-O2',
        '-std=c11',
        '-Wall',
        '-Wextra',
        '-Werror',
        '-fPIC',
        '-shared',
        `-I${include}`,
        '-o',
        out,
        join(dir, f),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
  } catch (err) {
    say(`${f} not built (${cc} failed: ${err.message}); its JavaScript twin is used`);
  }
}
