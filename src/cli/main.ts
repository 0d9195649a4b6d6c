/**
 * `faultreplay` entry point: dispatches to a command module. Exit codes: 0 success, 1 the
 * command ran but failed (e.g. nothing could be read), 2 usage or configuration error.
 */
import { commandNames, loadCommand } from './registry.js';
import type { CliIo } from './command.js';
import { errorMessage, isReplayError } from '../errors.js';

const HELP = (
  names: readonly string[],
): string => `faultreplay: replay mmap page-level kernel traces under other kernel policies

Usage: faultreplay <command> [options]

Commands:
${names.map((n) => `  ${n}`).join('\n')}

Run 'faultreplay <command> --help' for a command's options.
`;

export function defaultIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: process.stderr.isTTY,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
    cwd: process.cwd(),
  };
}

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const names = await Promise.all(
      commandNames().map(async (n) => `${n.padEnd(10)} ${(await loadCommand(n))?.summary ?? ''}`),
    );
    io.stdout.write(HELP(names));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = await loadCommand(name);
  if (command === undefined) {
    io.stderr.write(
      `faultreplay: unknown command '${name}'. Commands: ${commandNames().join(', ')}\n`,
    );
    return 2;
  }
  // Only flags before `--` are ours: `capture -- prog --help` passes --help on to prog.
  const dashDash = rest.indexOf('--');
  const own = dashDash === -1 ? rest : rest.slice(0, dashDash);
  if (own.includes('--help') || own.includes('-h')) {
    const usage = (await command.usageFor?.(own)) ?? command.usage;
    io.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const code = isReplayError(e) ? ` [${e.code}]` : '';
    io.stderr.write(`faultreplay ${name}: ${errorMessage(e)}${code}\n`);
    return isReplayError(e) && e.code === 'RPL_CONFIG' ? 2 : 1;
  }
}

export const VERSION = '0.1.0';
