// Builds the optional native line scanner (native/line-scan.c -> native/build/line-scan.node)
// with the C compiler and Node's own Node-API headers. Nothing here is required: when there is
// no compiler or no headers, ingest uses the JavaScript parser (same results, slower), and this
// script says so and exits 0 so `npm install` still succeeds. FAULTREPLAY_NATIVE=0 skips it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'native', 'line-scan.c');
const out = join(root, 'native', 'build', 'line-scan.node');
const say = (msg) => console.error(`faultreplay: native line scanner ${msg}`);

if (process.env.FAULTREPLAY_NATIVE === '0') {
  say('not built (FAULTREPLAY_NATIVE=0); ingest uses the JavaScript parser');
  process.exit(0);
}
if (existsSync(out) && statSync(out).mtimeMs >= statSync(src).mtimeMs) process.exit(0);

// Node-API headers: beside this node binary (official builds, nvm), or the distribution's.
const includeDirs = [
  join(dirname(process.execPath), '..', 'include', 'node'),
  '/usr/include/node',
  '/usr/local/include/node',
];
const include = includeDirs.find((d) => existsSync(join(d, 'node_api.h')));
if (include === undefined) {
  say(`not built (no node_api.h in ${includeDirs.join(', ')}); ingest uses the JavaScript parser`);
  process.exit(0);
}
const cc = process.env.CC ?? 'cc';
mkdirSync(dirname(out), { recursive: true });
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
      src,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
} catch (err) {
  say(`not built (${cc} failed: ${err.message}); ingest uses the JavaScript parser`);
  process.exit(0);
}
