/**
 * Which result store to open, from (highest first) command-line flags, environment variables,
 * the config file, then the default embedded store under `./.faultreplay/store`. Credentials
 * never need to be on the command line: FAULTREPLAY_CLICKHOUSE_URL / _USER / _PASSWORD /
 * _DATABASE or the config file's `store.clickhouse` object provide them. The environment is
 * passed in (the CLI's `io.env`), never read from `process` here.
 *
 * Config file (`--config FILE`, else $FAULTREPLAY_CONFIG, else `./faultreplay.config.json` when
 * present; other top-level keys belong to other components and are ignored here):
 *
 *   { "store": { "path": ".faultreplay/store",
 *                "clickhouse": { "url": "http://ch:8123", "user": "u", "password": "p", "database": "faultreplay" } } }
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { ReplayError, errorMessage } from '../errors.js';

/** Where results go: a discriminated union, normalised (no optional connection fields). */
export type StoreConfig =
  | { readonly kind: 'chdb'; readonly path: string; readonly database: string }
  | {
      readonly kind: 'clickhouse';
      readonly url: string;
      readonly user: string | undefined;
      readonly password: string | undefined;
      readonly database: string;
    };

export interface StoreFlags {
  /** `--store DIR` */
  readonly store?: string | undefined;
  /** `--clickhouse URL` */
  readonly clickhouse?: string | undefined;
  /** `--config FILE` */
  readonly config?: string | undefined;
}

export const DEFAULT_STORE_DIR = '.faultreplay/store';
export const DEFAULT_CONFIG_FILE = 'faultreplay.config.json';

const fileSchema = z.object({
  store: z
    .object({
      path: z.string().min(1).optional(),
      clickhouse: z
        .object({
          url: z.string().min(1).optional(),
          user: z.string().optional(),
          password: z.string().optional(),
          database: z.string().min(1).optional(),
        })
        .strict()
        .optional(),
    })
    .optional(),
});

type FileConfig = z.infer<typeof fileSchema>;

function readConfigFile(path: string, required: boolean): FileConfig {
  if (!existsSync(path)) {
    if (required) throw new ReplayError('RPL_CONFIG', `config file ${path} does not exist`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ReplayError('RPL_CONFIG', `config file ${path}: ${errorMessage(e)}`, { cause: e });
  }
  const r = fileSchema.safeParse(json);
  if (!r.success) {
    const issues = r.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ReplayError('RPL_CONFIG', `config file ${path}: ${issues}`);
  }
  return r.data;
}

const nonEmpty = (s: string | undefined): string | undefined =>
  s === undefined || s === '' ? undefined : s;

/** A server URL for messages and logs: no user or password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}

/** Where a store is, for output: the chdb directory, or the server URL without credentials. */
export function storeLocation(config: StoreConfig): string {
  return config.kind === 'chdb' ? config.path : redactUrl(config.url);
}

/** A password in a `--clickhouse` URL: other users of the machine can read it in `ps`. */
function urlPasswordWarning(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    if (new URL(url).password === '') return undefined;
  } catch {
    return undefined;
  }
  return (
    'the --clickhouse URL carries a password, which any user of this machine can read in ps: ' +
    'set FAULTREPLAY_CLICKHOUSE_PASSWORD (and _USER) or the config file instead'
  );
}

export function resolveStoreConfig(
  flags: StoreFlags,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  warn?: (message: string) => void,
): StoreConfig {
  const exposed = urlPasswordWarning(nonEmpty(flags.clickhouse));
  if (exposed !== undefined) warn?.(exposed);
  if (flags.store !== undefined && flags.clickhouse !== undefined) {
    throw new ReplayError('RPL_CONFIG', 'give either --store DIR or --clickhouse URL, not both');
  }
  const explicit = flags.config ?? nonEmpty(env['FAULTREPLAY_CONFIG']);
  const configPath = explicit ?? join(cwd, DEFAULT_CONFIG_FILE);
  const file = readConfigFile(
    isAbsolute(configPath) ? configPath : join(cwd, configPath),
    explicit !== undefined,
  );
  const ch = file.store?.clickhouse;
  const database =
    nonEmpty(env['FAULTREPLAY_CLICKHOUSE_DATABASE']) ?? ch?.database ?? 'faultreplay';
  if (flags.store === undefined) {
    const url =
      nonEmpty(flags.clickhouse) ?? nonEmpty(env['FAULTREPLAY_CLICKHOUSE_URL']) ?? ch?.url;
    if (url !== undefined) {
      return {
        kind: 'clickhouse',
        url,
        user: nonEmpty(env['FAULTREPLAY_CLICKHOUSE_USER']) ?? ch?.user,
        password: env['FAULTREPLAY_CLICKHOUSE_PASSWORD'] ?? ch?.password,
        database,
      };
    }
  }
  const dir = flags.store ?? file.store?.path ?? DEFAULT_STORE_DIR;
  return { kind: 'chdb', path: isAbsolute(dir) ? dir : join(cwd, dir), database };
}
