/**
 * Writes a capture as an ftrace text file: our header comment, a `# tracer: nop` line (so tools
 * that sniff the `trace` file header recognise it), then the `trace_pipe` bytes unchanged.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { ReplayError } from '../../src/errors.js';
import { formatCaptureHeader, type CaptureFileHeader } from './header.js';
import type { CaptureSink } from './recorder.js';

export function createFileSink(path: string, stdout?: NodeJS.WritableStream): CaptureSink {
  let ws: NodeJS.WritableStream | undefined;
  let failure: ReplayError | undefined;
  const put = async (data: string | Buffer): Promise<void> => {
    if (failure !== undefined) throw failure;
    if (ws === undefined) throw new ReplayError('RPL_CAPTURE', `${path}: sink not started`);
    if (!ws.write(data)) await once(ws, 'drain');
  };
  return {
    begin: async (header: CaptureFileHeader) => {
      if (path === '-') {
        if (stdout === undefined) throw new ReplayError('RPL_CONFIG', '--out -: no stdout');
        ws = stdout;
      } else {
        const fws = createWriteStream(path, { flags: 'w' });
        fws.on('error', (e) => {
          failure = new ReplayError('RPL_CAPTURE', `cannot write ${path}: ${e.message}`, {
            cause: e,
          });
        });
        try {
          await once(fws, 'open'); // rejects with the stream's error (ENOENT, EACCES, ...)
        } catch (e) {
          throw failure ?? new ReplayError('RPL_CAPTURE', `cannot write ${path}: ${String(e)}`);
        }
        ws = fws;
      }
      await put(`${formatCaptureHeader(header)}\n# tracer: nop\n#\n`);
    },
    write: put,
    abort: () => {
      if (ws !== undefined && path !== '-')
        (ws as NodeJS.WritableStream & { destroy(): void }).destroy();
      return Promise.resolve();
    },
    end: async () => {
      if (ws === undefined || path === '-') return;
      const fws = ws;
      await new Promise<void>((resolve, reject) => {
        fws.end(() => {
          if (failure !== undefined) reject(failure);
          else resolve();
        });
      });
    },
  };
}
