/**
 * The keyed policy registry (perfetto `base/registry.ts`): registering an id twice is an error,
 * and lookups of unknown ids fail with the list of known ones. Adding a policy = one folder under
 * `policies/` plus one line in `BUILT_IN_POLICIES`.
 */
import { ReplayError } from '../errors.js';
import type { Policy } from './policy.js';
import { legacyPolicy } from './policies/legacy/index.js';
import { deferredPolicy } from './policies/deferred/index.js';
import { mapsyncPolicy } from './policies/mapsync/index.js';
import { lazytimePolicy } from './policies/lazytime/index.js';
import { lazytimePre66Policy } from './policies/lazytime-pre66/index.js';
import { stablewaitPolicy } from './policies/stablewait/index.js';
import { pageforkPolicy } from './policies/pagefork/index.js';
import { mlockPrefaultPolicy } from './policies/mlock-prefault/index.js';

export const BUILT_IN_POLICIES: readonly Policy[] = [
  legacyPolicy,
  deferredPolicy,
  mapsyncPolicy,
  lazytimePolicy,
  lazytimePre66Policy,
  stablewaitPolicy,
  pageforkPolicy,
  mlockPrefaultPolicy,
];

export interface PolicyRegistry {
  register(policy: Policy): void;
  get(id: string): Policy;
  has(id: string): boolean;
  /** Ids in registration order. */
  ids(): string[];
}

export function createPolicyRegistry(policies: readonly Policy[] = []): PolicyRegistry {
  const byId = new Map<string, Policy>();
  const registry: PolicyRegistry = {
    register(policy) {
      if (byId.has(policy.id)) {
        throw new ReplayError('RPL_POLICY', `policy '${policy.id}' is already registered`);
      }
      byId.set(policy.id, policy);
    },
    get(id) {
      const p = byId.get(id);
      if (p === undefined) {
        throw new ReplayError(
          'RPL_POLICY',
          `unknown policy '${id}' (known: ${[...byId.keys()].join(', ')})`,
        );
      }
      return p;
    },
    has: (id) => byId.has(id),
    ids: () => [...byId.keys()],
  };
  for (const p of policies) registry.register(p);
  return registry;
}

/** A fresh registry holding every built-in policy. */
export function defaultPolicyRegistry(): PolicyRegistry {
  return createPolicyRegistry(BUILT_IN_POLICIES);
}
