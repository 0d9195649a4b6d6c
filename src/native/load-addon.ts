/**
 * Loads one of the optional native helpers (native/*.c, built into native/build/ by
 * `npm run build` with the machine's C compiler and Node's own headers). Each has a JavaScript
 * twin giving the same results; the addon only makes a hot loop cheaper. Returns undefined, and
 * the caller uses its JavaScript path, when the addon is not built, `FAULTREPLAY_NATIVE=0`, it
 * was built for another platform or Node ABI (a warning says so), or its `LAYOUT` is not the one
 * the caller speaks (a stale build).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What every addon exports besides its functions: the layout it speaks. */
export interface Addon {
  readonly LAYOUT: number;
}

/** The addon `native/build/<name>.node` (callers cast it to their interface), or undefined. */
export function loadAddon(name: string, layout: number): Addon | undefined {
  if (process.env['FAULTREPLAY_NATIVE'] === '0') return undefined;
  const file = join('native', 'build', `${name}.node`);
  // From the sources (src/native) or the build (dist/src/native): the package root is up.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    let addon: Addon;
    try {
      addon = createRequire(import.meta.url)(path) as Addon;
    } catch (err) {
      process.emitWarning(
        `native ${name} ${path} not loaded (${(err as Error).message.split('\n')[0]}); ` +
          'using the JavaScript path (npm run build rebuilds it)',
      );
      return undefined;
    }
    if (addon.LAYOUT === layout) return addon;
    process.emitWarning(`native ${name} ${path} is stale; run npm run build`);
    return undefined;
  }
  return undefined;
}
