// One capture id, one input: which inputs count as the same file, and what the refusal says.
import { describe, expect, it } from 'vitest';
import { ReplayError } from '../../../src/errors.js';
import { captureClashError, isCaptureClash, isOtherSource } from '../../../src/log/index.js';

describe('capture clash', () => {
  it('compares by content hash when both have one, else by source file', () => {
    const a = { sourceFile: 'a.trace.gz', contentHash: 'sha256:1' };
    expect(isOtherSource(a, { sourceFile: '/abs/a.trace.gz', contentHash: 'sha256:1' })).toBe(
      false,
    );
    expect(isOtherSource(a, { sourceFile: 'a.trace.gz', contentHash: 'sha256:2' })).toBe(true);
    expect(isOtherSource(a, { sourceFile: 'a.trace.gz', contentHash: '' })).toBe(false);
    expect(isOtherSource(a, { sourceFile: 'b.trace.gz', contentHash: '' })).toBe(true);
    expect(
      isOtherSource({ sourceFile: 's', contentHash: '' }, { sourceFile: 's', contentHash: 'h' }),
    ).toBe(false);
  });

  it('names the id, where, and both files; is told apart from other errors', () => {
    const e = captureClashError(
      'X',
      't[2]',
      { sourceFile: 'a.trace.gz', contentHash: 'sha256:1' },
      { sourceFile: 'b.trace.gz', contentHash: '' },
    );
    expect(e.code).toBe('RPL_CONFIG');
    expect(e.message).toBe(
      'capture id X in t[2] already holds a.trace.gz (content sha256:1); refusing b.trace.gz ' +
        'under the same id (a different file): give it another --capture-id',
    );
    expect(isCaptureClash(e)).toBe(true);
    expect(isCaptureClash(new ReplayError('RPL_CONFIG', e.message))).toBe(false);
    expect(isCaptureClash(new Error(e.message))).toBe(false);
  });
});
