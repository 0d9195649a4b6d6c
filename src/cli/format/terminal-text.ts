/**
 * Text that came from a capture (capture ids, comm names, file paths, quoted trace lines) is
 * untrusted: an escape sequence in it would drive the user's terminal (clear the screen, move the
 * cursor, retitle the window, hide the lines around it). Every printer passes such text through
 * `terminalText`, which shows control characters as visible `\xNN` / `\u{NNNN}` escapes.
 */

/** C0 and C1 controls, DEL, and the Unicode bidi overrides and isolates (which reorder lines). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control character written as a visible escape (tab included). */
export function terminalText(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
