/**
 * The only place that reads environment variables (STYLE.md §13).
 *
 * - `FAULTREPLAY_PROFILE`: default device profile for replay (`--profile` wins).
 * - `FAULTREPLAY_CONFIG`: default config file for replay (`--config` wins).
 */
export interface ReplayEnv {
  readonly profile: string | undefined;
  readonly configFile: string | undefined;
}

export function readReplayEnv(env: NodeJS.ProcessEnv): ReplayEnv {
  const pick = (k: string): string | undefined => {
    const v = env[k];
    return v === undefined || v === '' ? undefined : v;
  };
  return { profile: pick('FAULTREPLAY_PROFILE'), configFile: pick('FAULTREPLAY_CONFIG') };
}
