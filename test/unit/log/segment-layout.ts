/** Where the records of a file event log's segments start, walked from their length fields. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function segmentLayout(dir: string): Promise<{ segs: string[]; starts: number[][] }> {
  const segs = (await readdir(dir)).filter((n) => n.endsWith('.seg')).sort();
  const starts: number[][] = [];
  for (const s of segs) {
    const b = await readFile(join(dir, s));
    const st: number[] = [];
    for (let pos = 16; pos < b.length; pos += 8 + b.readUInt32LE(pos)) st.push(pos);
    starts.push(st);
  }
  return { segs, starts };
}
