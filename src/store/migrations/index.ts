/**
 * The versioned schema. A migration is appended, never edited: its checksum is recorded in
 * `schema_migrations` and a store whose recorded checksum differs refuses to open.
 */
import { createHash } from 'node:crypto';
import type { Migration } from './migration.js';
import { migration0001 } from './0001-initial.js';
import { migration0002 } from './0002-legacy-deltas-view.js';
import { migration0003 } from './0003-policy-notes.js';
import { migration0004 } from './0004-exact-views.js';
import { migration0005 } from './0005-nullable-rel-delta.js';
import { migration0006 } from './0006-run-inputs.js';
import { migration0007 } from './0007-run-params.js';
import { migration0008 } from './0008-complete-runs-only.js';
import { migration0009 } from './0009-run-skipped.js';

export type { Migration } from './migration.js';
export { VIEW_METRICS } from './0002-legacy-deltas-view.js';

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  // Versions need only increase: migrate() applies whatever a store is missing, in order.
  migration0006,
  migration0007,
  migration0008,
  migration0009,
];

/** The schema version this engine writes. */
export const STORE_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export const SCHEMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version UInt32, name String, checksum String, applied_at_ms UInt64
) ENGINE = ReplacingMergeTree(applied_at_ms) ORDER BY version`;

/** sha256 of the statements, whitespace-normalised so reformatting the source is harmless. */
export function migrationChecksum(m: Migration): string {
  const h = createHash('sha256');
  for (const s of m.statements) h.update(`${s.replace(/\s+/g, ' ').trim()}\n`);
  return h.digest('hex');
}
