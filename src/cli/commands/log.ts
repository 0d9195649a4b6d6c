/**
 * `faultreplay log check [DIR]`: the segments, records and damaged byte ranges of a file event
 * log, found by scanning every segment (src/log/log-check.ts), as a table or `--json`.
 * `faultreplay log repair [DIR]`: rewrites the damaged segments (src/log/log-repair.ts).
 */
import { ReplayError } from '../../errors.js';
import { checkFileLog, type LogCheckReport } from '../../log/log-check.js';
import { repairFileLog, type LogRepairReport } from '../../log/log-repair.js';
import { terminalText } from '../format/index.js';
import { logDirOf, parseCommandLine, type CliIo, type Command } from '../command.js';

const USAGE = `Usage: faultreplay log check [options] [DIR]
       faultreplay log repair [options] [DIR]

check:

Scan every segment of the file event log in DIR (default: ./.faultreplay/log) record by record,
checking each record's length and checksum without trusting the index files, and list the
segments, their records and every damaged byte range (segment, byte range, the log offset of
the first record lost there, and why). Nothing is written: it is safe while a writer runs.

A torn tail of the last segment (an interrupted write, which the next writer cuts) is listed but
is not damage.

repair:
Keep every intact record and replace each damaged byte range by as many 'lost' records as it
lost (kind log_damage, with the capture and seq of the records they stand for), so offsets stay
dense; a bad segment header is rewritten and a torn tail of the last segment is cut. Each
repaired segment is written to a temporary file, fsynced and renamed over the old one, and its
index is removed (the next open rebuilds it). Refuses while a writer holds the log's LOCK.
Replay then counts the replaced records per capture, like events the tracer lost.

Options:
  --log DIR     the log directory (same as DIR)
  --json        one JSON object: check: dir, records, damaged, damage, problems, segments;
                repair: dir, keptRecords, lostRecords, cutBytes, changed, warnings, segments
  -h, --help    show this help

Exit status: check: 0 when the log is intact, 1 when it is damaged or cannot be read; repair: 0
when the log is repaired (or was intact), 1 when it cannot be repaired; 2 on a usage error.
`;

const OPTIONS = {
  log: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export const logCommand: Command = {
  name: 'log',
  summary: 'check a file event log for damage, or repair it (log check|repair DIR)',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values: v, positionals } = parseCommandLine(
      { args: [...args], options: OPTIONS, allowPositionals: true, strict: true },
      USAGE,
    );
    const [action, dirArg, ...rest] = positionals;
    if (action !== 'check' && action !== 'repair')
      throw new ReplayError(
        'RPL_CONFIG',
        `log takes an action: check or repair${action === undefined ? '' : ` (not '${terminalText(action)}')`}\n\n${USAGE}`,
      );
    if (rest.length > 0 || (dirArg !== undefined && v.log !== undefined))
      throw new ReplayError('RPL_CONFIG', `log ${action} takes one log directory\n\n${USAGE}`);
    const dir = logDirOf(io, dirArg ?? v.log);
    if (action === 'repair') {
      const repaired = await repairFileLog(dir);
      io.stdout.write(v.json ? `${JSON.stringify(repaired)}\n` : formatRepair(repaired));
      return 0;
    }
    const report = await checkFileLog(dir);
    io.stdout.write(v.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return report.damaged ? 1 : 0;
  },
};

function formatReport(r: LogCheckReport): string {
  const out: string[] = [`event log ${r.dir}`];
  const head = ['segment', 'bytes', 'records', 'expected', 'lost', 'damaged ranges'];
  const rows = r.segments.map((s) => [
    s.segment,
    String(s.bytes),
    String(s.records),
    s.expectedRecords === null ? '-' : String(s.expectedRecords),
    s.lostRecords === null ? 'n/a' : String(s.lostRecords),
    String(s.damage.length),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: readonly string[]): string =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out.push(line(head), ...rows.map(line));
  for (const d of r.damage) {
    out.push(
      `${d.kind === 'torn-tail' ? 'torn tail' : 'DAMAGED'}: ${d.segment} bytes ${d.fromByte}..${d.toByte} (from record offset ${d.offset}): ${d.reason}`,
    );
  }
  for (const p of r.problems) out.push(`PROBLEM: ${p}`);
  out.push(
    r.damaged
      ? `log damaged: ${r.records} intact records; replay stops at the first damaged record ('faultreplay log repair ${r.dir}' replaces the damaged ranges)`
      : `log OK: ${r.segments.length} segments, ${r.records} records`,
  );
  return `${out.join('\n')}\n`;
}

function formatRepair(r: LogRepairReport): string {
  const out: string[] = [`event log ${r.dir}`];
  for (const w of r.warnings) out.push(`warning: ${w}`);
  for (const s of r.segments) {
    const what = [`kept ${s.keptRecords} records (${s.keptBytes} bytes)`];
    for (const x of s.replaced) {
      const who = Object.entries(x.captures)
        .map(([id, n]) => `${terminalText(id)}: ${n}`)
        .join(', ');
      what.push(
        `replaced bytes ${x.fromByte}..${x.toByte} (${x.bytes} bytes, ${x.reason}) by ${x.records} lost records${who === '' ? '' : ` (${who})`}`,
      );
    }
    if (s.headerRewritten) what.push('rewrote the segment header');
    if (s.cutBytes > 0) what.push(`cut ${s.cutBytes} bytes of torn tail`);
    out.push(`${s.segment}: ${what.join('; ')}${s.changed ? '' : ' (unchanged)'}`);
  }
  out.push(
    r.changed
      ? `log repaired: ${r.keptRecords} intact records kept, ${r.lostRecords} lost records written in place of damaged ones, ${r.cutBytes} bytes of torn tail cut`
      : `log OK: nothing to repair (${r.keptRecords} records)`,
  );
  return `${out.join('\n')}\n`;
}
