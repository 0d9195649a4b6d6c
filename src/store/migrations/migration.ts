/** One schema version: idempotent statements (IF NOT EXISTS), applied in order, never edited. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}
