/**
 * Writes a capture as an ftrace text file: our header comment, a `# tracer: nop` line (so tools
 * that sniff the `trace` file header recognise it), then the `trace_pipe` bytes unchanged.
 *
 * The capture runs as root, so the output is opened the way a root tool must open a path a user
 * named: never through a symlink (O_NOFOLLOW), never over an existing file unless `force`
 * (O_EXCL), never into a file with other links, and mode 0600, because a trace reveals addresses,
 * file names and timing of every task it recorded.
 */
import { once } from 'node:events';
import { constants as fsc, createWriteStream } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { ReplayError } from '../../src/errors.js';
import { formatCaptureHeader, type CaptureFileHeader } from './header.js';
import type { CaptureSink } from './recorder.js';

const errno = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';

/**
 * Opens `path` for a new trace: O_EXCL|O_NOFOLLOW, mode 0600; with `force` an existing regular
 * file with one link is truncated instead (and set to 0600), but a symlink is still refused.
 */
export async function openTraceOutput(path: string, force: boolean): Promise<FileHandle> {
  const base = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_NOFOLLOW;
  let fh: FileHandle;
  try {
    fh = await open(path, base | (force ? fsc.O_TRUNC : fsc.O_EXCL), 0o600);
  } catch (e) {
    // O_EXCL fails with EEXIST on a symlink too: say which it was.
    const isLink = await lstat(path).then(
      (st) => st.isSymbolicLink(),
      () => false,
    );
    const why =
      isLink || errno(e) === 'ELOOP'
        ? 'it is a symbolic link (refusing to follow it)'
        : errno(e) === 'EEXIST'
          ? 'the file exists (use --force to replace it)'
          : errno(e);
    throw new ReplayError('RPL_CAPTURE', `cannot write ${path}: ${why}`, { cause: e });
  }
  try {
    const st = await fh.stat();
    if (!st.isFile() || st.nlink > 1) {
      throw new ReplayError(
        'RPL_CAPTURE',
        `cannot write ${path}: ${st.isFile() ? `it has ${st.nlink} hard links` : 'not a regular file'} (refusing to overwrite it)`,
      );
    }
    await fh.chmod(0o600);
  } catch (e) {
    await fh.close();
    throw e;
  }
  return fh;
}

export function createFileSink(
  path: string,
  stdout?: NodeJS.WritableStream,
  opts: { readonly force?: boolean } = {},
): CaptureSink {
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
        const fh = await openTraceOutput(path, opts.force ?? false);
        const fws = createWriteStream(path, { fd: fh });
        fws.on('error', (e) => {
          failure = new ReplayError('RPL_CAPTURE', `cannot write ${path}: ${e.message}`, {
            cause: e,
          });
        });
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
