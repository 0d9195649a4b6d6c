/**
 * Generates src/codec/payloads.ts (the per-kind encoders and decoders of the hand-tuned codec)
 * from proto/faultreplay/v1/event.proto, read with protobufjs' reflection. It lives with the
 * tests because a test keeps it honest: `payloads-generated.test.ts` fails when the committed
 * file differs from what the schema gives, and rewrites it with `UPDATE_CODEC=1`.
 *
 * The only inputs besides the schema are the event model's choices, which the schema cannot
 * express: which 64-bit fields are bigint in TS, and which strings are literal unions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const PAYLOADS_PATH = join(repo, 'src', 'codec', 'payloads.ts');
const PROTO_PATH = join(repo, 'proto', 'faultreplay', 'v1', 'event.proto');

/** 64-bit fields the event model (src/events/event.ts) types as bigint. */
const BIGINT_FIELDS = new Set([
  'PageFault.address',
  'PageFault.ip',
  'DaxFault.address',
  'MsyncEnter.start',
  'MsyncEnter.len',
  'MmapEnter.addr',
  'MmapEnter.len',
  'MmapEnter.off',
  'MunmapEnter.addr',
  'MunmapEnter.len',
  'MlockEnter.start',
  'MlockEnter.len',
  'SyscallExit.ret',
  'PageCacheChange.pfn',
]);

/**
 * uint64 identifiers the event model types as U64Id (src/events/units.ts): a number below 2^53,
 * an exact bigint above. Every inode number, and the page indexes.
 */
const ID_FIELDS = new Set([
  'PageDirtied.index',
  'WritebackWait.index',
  'PageCacheChange.index',
  // Byte offsets whose page index (offset >> 12) the replay uses: exact above 2^53 too.
  'FilemapFault.offset',
  'FilemapFault.endOffset',
  'IomapWriteback.size',
  'IomapWriteback.offset',
  'IomapWriteback.length',
]);

/**
 * int64 fields the event model types as I64Exact (src/events/units.ts): loff_t byte offsets
 * and lengths and writeback's page budget, whose LONG_MAX / LLONG_MAX a double would round.
 */
const EXACT_I64_FIELDS = new Set([
  'WritepagesStart.nrToWrite',
  'WritepagesStart.rangeStart',
  'WritepagesStart.rangeEnd',
  'FsyncEnter.offset',
  'FsyncEnter.nbytes',
  'FallocateEnter.offset',
  'FallocateEnter.len',
]);
const isIdField = (msg: string, name: string): boolean =>
  name === 'ino' || ID_FIELDS.has(`${msg}.${name}`);

/** String fields the event model types as literal unions (decoded values are cast). */
const STRING_UNIONS: Readonly<Record<string, string>> = {
  'CaptureHeader.format': 'CaptureFormat',
  'InodeDirtied.stage': 'InodeDirtyStage',
  'WritepagesStart.source': 'WritepagesSource',
  'WritepagesResult.source': 'WritepagesSource',
  'WritebackWork.phase': 'WritebackPhase',
  'JournalHandle.phase': "JournalHandle['phase']",
  'JournalCommit.phase': 'JournalCommitPhase',
  'FsSync.phase': "FsSync['phase']",
  'IomapWriteback.phase': "IomapWriteback['phase']",
  'FsyncEnter.syscall': 'FsyncSyscall',
  'MlockEnter.syscall': 'MlockSyscall',
  'TimestampEvent.kind': 'TimestampKind',
  'BlockRequest.phase': "BlockRequest['phase']",
  'LostEvents.kind': "LostEvents['kind']",
};

type Kind = 'u32' | 'i32' | 'u64n' | 'u64id' | 'i64n' | 'i64x' | 'u64b' | 'i64b' | 'bool' | 'str';

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function kindOf(msg: string, f: protobuf.Field): Kind {
  const big = BIGINT_FIELDS.has(`${msg}.${camel(f.name)}`);
  switch (f.type) {
    case 'uint32':
      return 'u32';
    case 'int32':
      return 'i32';
    case 'uint64':
      if (isIdField(msg, camel(f.name))) return 'u64id';
      return big ? 'u64b' : 'u64n';
    case 'int64':
      if (EXACT_I64_FIELDS.has(`${msg}.${camel(f.name)}`)) return 'i64x';
      return big ? 'i64b' : 'i64n';
    case 'bool':
      return 'bool';
    case 'string':
      return 'str';
    default:
      throw new Error(`${msg}.${f.name}: type ${f.type} is not handled by the generator`);
  }
}

const DEFAULTS: Record<Kind, string> = {
  u32: '0',
  i32: '0',
  u64n: '0',
  u64id: '0',
  i64n: '0',
  i64x: '0',
  u64b: '0n',
  i64b: '0n',
  bool: 'false',
  str: "''",
};
const TS_TYPE: Record<Kind, string> = {
  u32: 'number',
  i32: 'number',
  u64n: 'number',
  u64id: 'U64Id',
  i64n: 'number',
  i64x: 'I64Exact',
  u64b: 'bigint',
  i64b: 'bigint',
  bool: 'boolean',
  str: 'string',
};
const ENCODE: Record<Kind, (v: string, n: string) => string> = {
  u32: (v, n) => `w.uint32(${v}, '${n}')`,
  i32: (v, n) => `w.int32(${v}, '${n}')`,
  u64n: (v, n) => `w.uint64Number(${v}, '${n}')`,
  u64id: (v, n) => `w.uint64Id(${v}, '${n}')`,
  i64n: (v, n) => `w.int64Number(${v}, '${n}')`,
  i64x: (v, n) => `w.int64Exact(${v}, '${n}')`,
  u64b: (v, n) => `w.uint64Big(${v}, '${n}')`,
  i64b: (v, n) => `w.int64Big(${v}, '${n}')`,
  bool: () => `w.byte(1)`,
  str: (v) => `w.string(${v})`,
};
const DECODE: Record<Kind, string> = {
  u32: 'r.varint32()',
  i32: 'r.int32()',
  u64n: 'r.uint64Number()',
  u64id: 'r.uint64Id()',
  i64n: 'r.int64Number()',
  i64x: 'r.int64Exact()',
  u64b: 'r.uint64Big()',
  i64b: 'r.int64Big()',
  bool: 'r.bool()',
  str: 'r.string()',
};
const wireType = (k: Kind): number => (k === 'str' ? 2 : 0);

function varintBytes(v: number): number[] {
  const out: number[] = [];
  while (v > 127) {
    out.push((v & 127) | 128);
    v >>>= 7;
  }
  out.push(v);
  return out;
}

/** The source text of payloads.ts (before prettier). */
export function generatePayloadsSource(): string {
  const root = new protobuf.Root();
  root.loadSync(PROTO_PATH, { keepCase: true });
  const event = root.lookupType('faultreplay.v1.Event');
  const oneof = event.oneofs['payload'];
  if (oneof === undefined) throw new Error('Event has no payload oneof');
  const enc: string[] = [];
  const dec: string[] = [];
  const encSwitch: string[] = [];
  const decSwitch: string[] = [];
  const typeImports = new Set<string>();
  for (const f of oneof.fieldsArray) {
    const t = f.resolvedType as protobuf.Type;
    const msg = t.name;
    if (msg === 'GenericEvent') continue; // repeated KeyValue <-> tuples: written by hand below
    typeImports.add(msg);
    const fields = t.fieldsArray.map((ff) => ({
      no: ff.id,
      name: camel(ff.name),
      k: kindOf(msg, ff),
      // proto3 `optional`: explicit presence (a synthetic one-field oneof `_name`), so 0 is
      // written and an absent field decodes as undefined, not as the default.
      presence: ff.partOf !== null && ff.partOf.name === `_${ff.name}`,
    }));
    let e = `function encode${msg}(w: ByteWriter, d: ${msg}): void {\n`;
    for (const x of fields) {
      const cond = x.presence
        ? `d.${x.name} !== undefined`
        : x.k === 'bool'
          ? `d.${x.name}`
          : x.k === 'str'
            ? `d.${x.name}.length !== 0`
            : `d.${x.name} !== ${DEFAULTS[x.k]}`;
      const tag = (x.no << 3) | wireType(x.k);
      const tagStmt = tag < 128 ? `w.byte(${tag});` : `w.varint32(${tag});`;
      e += `  if (${cond}) {\n    ${tagStmt}\n    ${ENCODE[x.k](`d.${x.name}`, `${msg}.${x.name}`)};\n  }\n`;
    }
    enc.push(`${e}}\n`);
    let d = `function decode${msg}(r: ByteReader, end: number): ${msg} {\n`;
    for (const x of fields) {
      const type = x.k === 'u64id' ? ': U64Id' : x.k === 'i64x' ? ': I64Exact' : '';
      d += x.presence
        ? `  let ${x.name}: ${TS_TYPE[x.k]} | undefined;\n`
        : `  let ${x.name}${type} = ${DEFAULTS[x.k]};\n`;
    }
    d += `  while (r.pos < end) {\n    const tag = r.varint32();\n    switch (tag) {\n`;
    for (const x of fields) {
      d += `      case ${(x.no << 3) | wireType(x.k)}:\n        ${x.name} = ${DECODE[x.k]};\n        break;\n`;
    }
    d += `      default:\n        r.skip(tag & 7);\n    }\n  }\n  checkEnd(r, end);\n`;
    const props = fields.map((x) => {
      if (x.name === 'dev') return 'dev: dev as DevT';
      const union = STRING_UNIONS[`${msg}.${x.name}`];
      return union === undefined ? x.name : `${x.name}: ${x.name} as ${union}`;
    });
    dec.push(`${d}  return { ${props.join(', ')} };\n}\n`);
    const [t0, t1] = varintBytes((f.id << 3) | 2);
    encSwitch.push(
      `    case '${f.name}':\n      w.byte(${t0});\n      w.byte(${t1});\n      start = w.beginDelimited();\n      encode${msg}(w, e.data);\n      break;`,
    );
    decSwitch.push(
      `    case ${(f.id << 3) | 2}:\n      r.payloadType = '${f.name}';\n      return decode${msg}(r, end);`,
    );
  }
  for (const v of Object.values(STRING_UNIONS)) typeImports.add(/^(\w+)/.exec(v)![1]!);
  const template = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), 'payloads.template.txt'),
    'utf8',
  );
  return template
    .replace(
      '/*TYPE_IMPORTS*/',
      [...typeImports]
        .sort()
        .map((t) => `  ${t},`)
        .join('\n'),
    )
    .replace('/*ENCODERS*/', enc.join('\n'))
    .replace('/*DECODERS*/', dec.join('\n'))
    .replace('/*ENCODE_SWITCH*/', encSwitch.join('\n'))
    .replace('/*DECODE_SWITCH*/', decSwitch.join('\n'));
}
