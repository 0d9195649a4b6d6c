// e2e tests run the real `faultreplay` command, so the TypeScript must be compiled first.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
