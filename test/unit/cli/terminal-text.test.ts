// Control characters from a capture never reach the terminal raw, and --capture-id is checked
// like the default ids before anything runs.
import { callCli as call } from '../../helpers/cli.js';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../../src/cli/format/index.js';
import { captureIdProblem, defaultCaptureId } from '../../../ingest/index.js';
import { parseCaptureArgs } from '../../../ingest/capture/index.js';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('terminal hygiene', () => {
  it('terminalText shows every control character as an escape and keeps the rest', () => {
    expect(terminalText('a\x1b[2Jb\x07c\td\x9be')).toBe('a\\x1b[2Jb\\x07c\\x09d\\x9be');
    expect(terminalText('evil\u202etxt.exe')).toBe('evil\\u{202e}txt.exe');
    expect(terminalText('/data/fichier-été.dat')).toBe('/data/fichier-été.dat');
    expect(terminalText('x\ny')).toBe('x\\x0ay');
  });

  it('capture ids follow the default ids: the defaults pass, control characters do not', () => {
    for (const p of ['a b.trace', 'x\x1b[2J.trace.gz', 'ok-1.2_3.txt']) {
      expect(captureIdProblem(defaultCaptureId(p))).toBeUndefined();
    }
    expect(captureIdProblem('\x1b[2J')).toMatch(/only letters/);
    expect(captureIdProblem('')).toMatch(/empty/);
    expect(captureIdProblem('x'.repeat(129))).toMatch(/at most 128/);
  });

  for (const cmd of ['ingest', 'replay', 'run']) {
    it(`${cmd} --capture-id with an escape sequence is a usage error, printed escaped`, async () => {
      const files = cmd === 'replay' ? [] : ['/nonexistent.trace'];
      const r = await call([cmd, '--capture-id', '\x1b[2J', ...files]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--capture-id '\\x1b[2J' may hold only letters");
      expect(RAW_CONTROL.test(r.out + r.err)).toBe(false);
    });
  }

  it('capture --capture-id is checked at parse time', () => {
    expect(() => parseCaptureArgs(['--live', '--log', 'd', '--capture-id', 'a\x1bb'])).toThrow(
      '--capture-id "a\\u001bb" may hold only letters',
    );
    expect(parseCaptureArgs(['--live', '--log', 'd', '--capture-id', 'ok.1']).captureId).toBe(
      'ok.1',
    );
  });
});
