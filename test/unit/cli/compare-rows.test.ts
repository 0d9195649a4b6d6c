import { expect, test } from 'vitest';
import { compareRows } from '../../../src/cli/commands/compare.js';

test('compare: a figure that is 0 on side A has no ratio (rel null), the absolute change is kept', () => {
  const f = compareRows(
    { policy: 'x', faults: 0, commits: 4 },
    { policy: 'y', faults: 7, commits: 2 },
  );
  expect(f).toEqual({
    faults: { a: 0, b: 7, abs: 7, rel: null },
    commits: { a: 4, b: 2, abs: -2, rel: -0.5 },
  });
});
