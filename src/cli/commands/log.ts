/**
 * `faultreplay log check [DIR]`: the segments, records and damaged byte ranges of a file event
 * log, found by scanning every segment (src/log/log-check.ts), as a table or `--json`.
 */
import { ReplayError } from '../../errors.js';
import { checkFileLog, type LogCheckReport } from '../../log/log-check.js';
import { logDirOf, parseCommandLine, type CliIo, type Command } from '../command.js';

const USAGE = `Usage: faultreplay log check [options] [DIR]

Scan every segment of the file event log in DIR (default: ./.faultreplay/log) record by record,
checking each record's length and checksum without trusting the index files, and list the
segments, their records and every damaged byte range (segment, byte range, the log offset of
the first record lost there, and why). Nothing is written: it is safe while a writer runs.

A torn tail of the last segment (an interrupted write, which the next writer cuts) is listed but
is not damage.

Options:
  --log DIR     the log directory (same as DIR)
  --json        one JSON object: dir, records, damaged, damage, problems, segments
  -h, --help    show this help

Exit status: 0 when the log is intact, 1 when it is damaged or cannot be read, 2 on a usage
error.
`;

const OPTIONS = {
  log: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export const logCommand: Command = {
  name: 'log',
  summary: 'check a file event log for damage (log check DIR)',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values: v, positionals } = parseCommandLine(
      { args: [...args], options: OPTIONS, allowPositionals: true, strict: true },
      USAGE,
    );
    const [action, dirArg, ...rest] = positionals;
    if (action !== 'check')
      throw new ReplayError(
        'RPL_CONFIG',
        `log takes an action: check${action === undefined ? '' : ` (not '${action}')`}\n\n${USAGE}`,
      );
    if (rest.length > 0 || (dirArg !== undefined && v.log !== undefined))
      throw new ReplayError('RPL_CONFIG', `log check takes one log directory\n\n${USAGE}`);
    const report = await checkFileLog(logDirOf(io, dirArg ?? v.log));
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
      ? `log damaged: ${r.records} intact records; replay stops at the first damaged record`
      : `log OK: ${r.segments.length} segments, ${r.records} records`,
  );
  return `${out.join('\n')}\n`;
}
