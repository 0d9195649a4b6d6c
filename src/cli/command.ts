/**
 * A CLI command: one file per command under `commands/`, registered in `registry.ts`.
 * Commands write through `io` (never `console`), so tests can capture output and the JSON
 * mode can keep stdout clean for machines (progress and warnings go to stderr).
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage, ReplayError } from '../errors.js';
import { DEFAULT_TABLE_WIDTH, type TableLayout } from './format/index.js';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal: show live progress. */
  readonly interactive: boolean;
  /** Width tables fit: the terminal's columns when stdout is one; undefined: 100. */
  readonly columns?: number | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line for `faultreplay --help`. */
  readonly summary: string;
  /** Full usage text for `faultreplay NAME --help`. */
  readonly usage: string;
  /**
   * Usage for a mode chosen by other flags (e.g. `replay --kafka B --help` documents the worker);
   * defaults to `usage`.
   */
  usageFor?(args: readonly string[]): Promise<string>;
  /** Returns the process exit code. Throws only for programming errors. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * `util.parseArgs` for a command: a flag it does not know, or a missing value, becomes
 * `ReplayError('RPL_CONFIG')` with the parser's message and the command's usage, so every
 * command reports misuse the same way (exit 2).
 */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new ReplayError('RPL_CONFIG', `${errorMessage(e)}\n\n${usage}`);
  }
}

/** Where `ingest`, `replay` and `run` keep the event log unless `--log DIR` says otherwise. */
export const DEFAULT_LOG_DIR = '.faultreplay/log';

/** The event log directory for a `--log` value (absent: the default), from the working dir. */
export function logDirOf(io: Pick<CliIo, 'cwd'>, flag: string | undefined): string {
  return resolve(io.cwd, flag ?? DEFAULT_LOG_DIR);
}

/** How a command's text tables fit: the terminal width (100 off a terminal), or all with --wide. */
export function tableLayoutOf(io: Pick<CliIo, 'columns'>, wide: boolean | undefined): TableLayout {
  return { width: io.columns ?? DEFAULT_TABLE_WIDTH, wide: wide === true };
}
