// Unit tests read the sources directly, but ingest and the file log use the native helpers when
// they are built (src/native/load-addon.ts): build them first (a no-op when up to date), as
// `npm install` does.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-native.mjs'], { stdio: 'inherit' });
}
