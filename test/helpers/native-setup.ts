// Unit tests read the sources directly, but the ingest path uses the native line scanner when it
// is built (ingest/ftrace/line-scan.ts): build it first (a no-op when up to date), as
// `npm install` does.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-native.mjs'], { stdio: 'inherit' });
}
