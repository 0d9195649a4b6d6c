/**
 * Typed query parameters in ClickHouse's `{name:Type}` syntax, for engines that cannot bind them
 * server-side. ClickHouse 18.16 (Debian's server) rejects `param_*` settings ("Unknown setting
 * param_run"), while chDB and servers since 19.x bind them natively. Rather than build SQL from
 * strings, every value is validated against its declared type first and then written as a
 * literal of exactly that type, with string escaping per ClickHouse's lexer (backslash escapes
 * inside single quotes). Only the small set of types the canned queries declare is accepted.
 */
import { ReplayError } from '../errors.js';

export const PARAM_TYPES = ['String', 'UInt8', 'UInt16', 'UInt32', 'Int32', 'Float64'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export function isParamType(t: string): t is ParamType {
  return (PARAM_TYPES as readonly string[]).includes(t);
}

/** A parameter value that has passed `validateParam`. */
export interface BoundParam {
  readonly name: string;
  readonly type: ParamType;
  readonly value: string | number;
}

const INT_RANGES: Readonly<Record<Exclude<ParamType, 'String' | 'Float64'>, [number, number]>> = {
  UInt8: [0, 255],
  UInt16: [0, 65_535],
  UInt32: [0, 4_294_967_295],
  Int32: [-2_147_483_648, 2_147_483_647],
};

/** Longest string value accepted: ids, policy names and file keys are short. */
const MAX_STRING = 4096;

/**
 * Checks `raw` (from a CLI flag, a URL query string or code) against `type` and returns the
 * normalised value. Throws `ReplayError('RPL_INPUT')` naming the parameter and the reason.
 */
export function validateParam(name: string, type: ParamType, raw: string | number): BoundParam {
  const fail = (why: string): never => {
    throw new ReplayError('RPL_INPUT', `parameter '${name}' (${type}): ${why}`, {
      details: { name, type, value: raw },
    });
  };
  if (type === 'String') {
    if (typeof raw !== 'string') return fail('expected a string');
    if (raw.length > MAX_STRING) return fail(`longer than ${MAX_STRING} characters`);
    if (raw.includes('\0')) return fail('contains a NUL character');
    return { name, type, value: raw };
  }
  let n: number;
  if (typeof raw === 'number') n = raw;
  else {
    const s = raw.trim();
    const pattern = type === 'Float64' ? /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/ : /^[+-]?\d+$/;
    if (!pattern.test(s))
      return fail(`'${raw}' is not a ${type === 'Float64' ? 'number' : 'whole number'}`);
    n = Number(s);
  }
  if (!Number.isFinite(n)) return fail('not a finite number');
  if (type === 'Float64') return { name, type, value: n };
  if (!Number.isInteger(n)) return fail(`${n} is not a whole number`);
  const [lo, hi] = INT_RANGES[type];
  if (n < lo || n > hi) return fail(`${n} is outside ${lo}..${hi}`);
  return { name, type, value: n };
}

/** A ClickHouse string literal: quotes, backslashes and control characters escaped. */
export function quoteString(s: string): string {
  let out = "'";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === "'" || ch === '\\') out += `\\${ch}`;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** The literal for one bound value, typed exactly as a server-side parameter would be. */
export function literal(p: BoundParam): string {
  if (p.type === 'String') return quoteString(String(p.value));
  // Validated finite numbers. Integers go in bare because ClickHouse 18.16 accepts only a
  // literal after LIMIT; the canned queries use integer parameters only there and in
  // comparisons, where the literal's narrower type is harmless. Floats keep their type.
  if (p.type === 'Float64') return `toFloat64(${String(p.value)})`;
  return String(p.value);
}

/** `{name:Type}` placeholders, as ClickHouse's lexer reads them. */
export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*):([A-Za-z0-9_]+)\}/g;

/**
 * Replaces every placeholder in `sql` with the literal of its bound value. A placeholder whose
 * name is not bound, or whose declared type differs from the bound one, is a programming error
 * in the canned query and throws.
 */
export function inlineParams(sql: string, params: readonly BoundParam[]): string {
  const byName = new Map(params.map((p) => [p.name, p]));
  return sql.replace(PLACEHOLDER, (_m, name: string, type: string) => {
    const p = byName.get(name);
    if (p === undefined) {
      throw new ReplayError('RPL_INPUT', `query placeholder {${name}:${type}} has no value`);
    }
    if (p.type !== type) {
      throw new ReplayError('RPL_INPUT', `query placeholder {${name}:${type}} bound as ${p.type}`);
    }
    return literal(p);
  });
}

/** A plain SQL identifier (database names come from config, so they are checked, not quoted). */
export function isIdentifier(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}
