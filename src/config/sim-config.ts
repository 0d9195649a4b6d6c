/**
 * Replay configuration: one documented options type (`SimOptions`, every field with its
 * `@default`), normalised once into `SimParams` (no optional fields), and validated at the
 * boundary with zod when it comes from a config file (issues are reported as `RPL_CONFIG`,
 * naming the file and the field). Environment variables are read in `env.ts`, nowhere else.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ReplayError } from '../errors.js';
import { COST_PARAM_NAMES, COST_PARAM_SPECS, defaultCostParams } from './cost-model.js';
import type { CostParamName, CostParams } from './cost-model.js';
import { DEFAULT_PROFILE, PROFILES } from './profiles.js';
import type { DeviceProfile } from './profiles.js';

export interface SimOptions {
  /** Device profile name (built in: ssd, ramdisk-dax, hdd; or one defined in `profiles`). @default 'ssd' */
  readonly profile?: string;
  /** Extra named profiles, e.g. from a config file. @default {} */
  readonly profiles?: Readonly<Record<string, Omit<DeviceProfile, 'name'>>>;
  /** Cost parameter overrides (µs); these win over everything. @default {} */
  readonly costs?: Readonly<Partial<Record<CostParamName, number>>>;
  /** Timer frequency. 0 = take it from the capture header, else 250. @default 0 */
  readonly hz?: number;
  /**
   * Offset of the jiffy tick grid against the trace clock, ns. The trace clock and jiffies are
   * not aligned; 'auto' estimates it from the timestamp updates the trace shows in faults (a
   * pre-pass over the log: updates happen at the first fault after a tick). @default 'auto'
   */
  readonly clockPhaseNs?: number | 'auto';
  /** Multigrain c/mtime (6.13+): 'auto' decides from the capture's kernel version. @default 'auto' */
  readonly multigrain?: 'auto' | boolean;
  /**
   * Journal commit interval for every filesystem (ext4 `commit=`, btrfs `commit=`, XFS log
   * worker). @default the capture header's (the traced device's `commit=`), else each
   * filesystem model's own: ext4 5000, btrfs 30000, XFS 30000
   */
  readonly commitIntervalMs?: number;
  /** Writeback triggers: 'observed' replays the trace's writeback; 'modelled' runs a flusher. @default 'observed' */
  readonly writeback?: 'observed' | 'modelled';
  /** vm.dirty_expire_centisecs × 10 (modelled flusher). @default the capture header's, else 30000 */
  readonly dirtyExpireMs?: number;
  /** vm.dirty_writeback_centisecs × 10 (modelled flusher). @default the capture header's, else 5000 */
  readonly writebackIntervalMs?: number;
  /** vm.dirtytime_expire_seconds × 1000 (lazytime). @default the capture header's, else 43200000 */
  readonly dirtytimeExpireMs?: number;
  /**
   * vm.dirty_background_bytes (modelled flusher): dirty bytes that start background writeback.
   * 0 = none modelled (the kernel's ratio form needs the machine's memory). @default the
   * capture header's when it is in bytes, else 0
   */
  readonly dirtyBackgroundBytes?: number;
  /**
   * Duration of a modelled flusher pass per page, µs: pages re-dirtied meanwhile are written
   * in a second pass. Measured on the 6.18 ext4 loop-device capture (1604 pages in 35.1 ms).
   * @default 22
   */
  readonly flusherPageUs?: number;
  /** Filesystem block size, bytes. @default 4096 */
  readonly blockSize?: number;
  /** Journal blocks added to every commit besides the metadata blocks (descriptor + commit block). @default 2 */
  readonly journalCommitOverheadBlocks?: number;
}

/**
 * Tunables a capture header may record (CaptureHeader fields of the same names): when the
 * options leave one unset, the replay takes the captured value instead of the default.
 */
export const CAPTURABLE_PARAMS = [
  'dirtyExpireMs',
  'writebackIntervalMs',
  'dirtyBackgroundBytes',
  'dirtytimeExpireMs',
  'commitIntervalMs',
] as const;
export type CapturableParam = (typeof CAPTURABLE_PARAMS)[number];

export interface SimParams {
  readonly profile: DeviceProfile;
  readonly costOverrides: Readonly<Partial<Record<CostParamName, number>>>;
  readonly hz: number;
  readonly clockPhaseNs: number | 'auto';
  readonly multigrain: 'auto' | boolean;
  /** null: each filesystem model's own interval. */
  readonly commitIntervalMs: number | null;
  readonly writeback: 'observed' | 'modelled';
  readonly dirtyExpireMs: number;
  readonly writebackIntervalMs: number;
  readonly dirtytimeExpireMs: number;
  readonly dirtyBackgroundBytes: number;
  readonly flusherPageUs: number;
  readonly blockSize: number;
  readonly journalCommitOverheadBlocks: number;
  /** CAPTURABLE_PARAMS the options left unset: a capture's recorded value replaces the default. */
  readonly fromCapture: readonly CapturableParam[];
}

const costsSchema = z
  .object(Object.fromEntries(COST_PARAM_NAMES.map((n) => [n, z.number().nonnegative().optional()])))
  .strict();

const profileSchema = z
  .object({
    description: z.string().default('user profile'),
    dax: z.boolean().default(false),
    costs: costsSchema.default({}),
    source: z.string().default('config file'),
  })
  .strict();

/** The config file schema (JSON). Unknown keys are errors: a typo must not pass silently. */
export const simOptionsSchema = z
  .object({
    profile: z.string().min(1).optional(),
    profiles: z.record(z.string().min(1), profileSchema).optional(),
    costs: costsSchema.optional(),
    hz: z.number().int().nonnegative().max(10000).optional(),
    clockPhaseNs: z.union([z.literal('auto'), z.number().int().nonnegative()]).optional(),
    multigrain: z.union([z.literal('auto'), z.boolean()]).optional(),
    commitIntervalMs: z.number().positive().optional(),
    writeback: z.enum(['observed', 'modelled']).optional(),
    dirtyExpireMs: z.number().positive().optional(),
    writebackIntervalMs: z.number().positive().optional(),
    dirtytimeExpireMs: z.number().positive().optional(),
    dirtyBackgroundBytes: z.number().int().nonnegative().optional(),
    flusherPageUs: z.number().nonnegative().optional(),
    blockSize: z.number().int().positive().optional(),
    journalCommitOverheadBlocks: z.number().int().nonnegative().optional(),
    // One config file serves every part: the result store reads its own section
    // (src/store/config.ts validates it); the simulator lets it through.
    store: z.unknown().optional(),
  })
  .strict();

/** Normalises options (already validated or typed) into params. Unknown profile -> RPL_CONFIG. */
export function resolveSimParams(options: SimOptions = {}): SimParams {
  const name = options.profile ?? DEFAULT_PROFILE;
  const custom = options.profiles?.[name];
  const builtIn = PROFILES[name];
  const profile: DeviceProfile | undefined = custom !== undefined ? { name, ...custom } : builtIn;
  if (profile === undefined) {
    const known = [...Object.keys(PROFILES), ...Object.keys(options.profiles ?? {})].sort();
    throw new ReplayError('RPL_CONFIG', `unknown profile '${name}' (known: ${known.join(', ')})`);
  }
  return {
    profile,
    costOverrides: options.costs ?? {},
    hz: options.hz ?? 0,
    clockPhaseNs: options.clockPhaseNs ?? 'auto',
    multigrain: options.multigrain ?? 'auto',
    commitIntervalMs: options.commitIntervalMs ?? null,
    writeback: options.writeback ?? 'observed',
    dirtyExpireMs: options.dirtyExpireMs ?? 30000,
    writebackIntervalMs: options.writebackIntervalMs ?? 5000,
    dirtytimeExpireMs: options.dirtytimeExpireMs ?? 43_200_000,
    dirtyBackgroundBytes: options.dirtyBackgroundBytes ?? 0,
    flusherPageUs: options.flusherPageUs ?? 22,
    blockSize: options.blockSize ?? 4096,
    journalCommitOverheadBlocks: options.journalCommitOverheadBlocks ?? 2,
    fromCapture: CAPTURABLE_PARAMS.filter((n) => options[n] === undefined),
  };
}

/** Validates parsed JSON as SimOptions; `origin` names the file in messages. */
export function parseSimOptions(value: unknown, origin: string): SimOptions {
  const parsed = simOptionsSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ReplayError('RPL_CONFIG', `${origin}: invalid configuration: ${issues.join('; ')}`, {
      details: { issues },
    });
  }
  return parsed.data as SimOptions;
}

/** Reads and validates a JSON config file. */
export async function loadConfigFile(path: string): Promise<SimOptions> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ReplayError('RPL_CONFIG', `${path}: cannot read config file`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new ReplayError('RPL_CONFIG', `${path}: not valid JSON: ${msg}`, { cause: e });
  }
  return parseSimOptions(json, path);
}

/** Merges option layers; later layers win, `costs` and `profiles` merge key by key. */
export function mergeSimOptions(...layers: readonly (SimOptions | undefined)[]): SimOptions {
  let out: SimOptions = {};
  for (const l of layers) {
    if (l === undefined) continue;
    out = {
      ...out,
      ...l,
      costs: { ...out.costs, ...l.costs },
      profiles: { ...out.profiles, ...l.profiles },
    };
  }
  return out;
}

export { COST_PARAM_SPECS, defaultCostParams };
export type { CostParams };
