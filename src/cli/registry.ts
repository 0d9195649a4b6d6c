import type { Command } from './command.js';

// Each command module adds exactly one import and one entry here.
const loaders: Readonly<Record<string, () => Promise<Command>>> = {
  capture: async () => (await import('./commands/capture.js')).captureCommand,
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand,
  run: async () => (await import('./commands/run.js')).runCommand,
  query: async () => (await import('./commands/query.js')).queryCommand,
  dashboard: async () => (await import('./commands/dashboard.js')).dashboardCommand,
  replay: async () => (await import('./commands/replay.js')).replayCommand,
  sweep: async () => (await import('./commands/sweep.js')).sweepCommand,
  compare: async () => (await import('./commands/compare.js')).compareCommand,
  log: async () => (await import('./commands/log.js')).logCommand,
};

export const commandNames = (): string[] => Object.keys(loaders).sort();

/** Lazily loads a command, so `faultreplay ingest` does not pay for ClickHouse or Kafka. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  const load = loaders[name];
  return load === undefined ? undefined : load();
}
