/**
 * JSON output of results: RunResult holds only numbers and strings, but a bigint must never reach
 * JSON.stringify (it throws), so the replacer converts defensively; output is stable (the result
 * objects are built in a fixed key order).
 */
export function resultToJson(value: unknown, indent = 0): string {
  return JSON.stringify(
    value,
    (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
    indent,
  );
}
