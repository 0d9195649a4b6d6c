/**
 * A CLI command: one file per command under `commands/`, registered in `registry.ts`.
 * Commands write through `io` (never `console`), so tests can capture output and the JSON
 * mode can keep stdout clean for machines (progress and warnings go to stderr).
 */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal: show live progress. */
  readonly interactive: boolean;
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
