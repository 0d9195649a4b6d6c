/** Runs the CLI in-process with captured output (CliIo), as `faultreplay ARGV...` would. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/command.js';

export async function callCli(
  argv: string[],
  at: { readonly cwd?: string; readonly env?: Record<string, string> } = {},
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io: CliIo = {
    stdout,
    stderr,
    interactive: false,
    env: at.env ?? {},
    cwd: at.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, out, err };
}
