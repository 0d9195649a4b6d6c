import { expect, test } from 'vitest';
import { compareRows, formatComparison } from '../../../src/cli/commands/compare.js';

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

test('compare: an unknown figure (NULL) on either side is unknown with its deltas, never 0 or dropped', () => {
  const a = { run: 'ra', policy: 'legacy' };
  const b = { run: 'rb', policy: 'legacy' };
  const f = compareRows(
    { policy: 'legacy', journal_commits: null, timestamp_updates: 10, pages: 3 },
    { policy: 'legacy', journal_commits: 5, timestamp_updates: null, pages: 6 },
  );
  expect(f).toEqual({
    journal_commits: { a: null, b: 5, abs: null, rel: null },
    timestamp_updates: { a: 10, b: null, abs: null, rel: null },
    pages: { a: 3, b: 6, abs: 3, rel: 1 },
  });
  const lines = formatComparison(a, b, f).split('\n');
  expect(lines.find((l) => l.startsWith('journal_commits'))?.split(/\s+/)).toEqual([
    'journal_commits',
    'unknown',
    '5',
    'unknown',
    'unknown',
  ]);
  expect(lines.find((l) => l.startsWith('timestamp_updates'))?.split(/\s+/)).toEqual([
    'timestamp_updates',
    '10',
    'unknown',
    'unknown',
    'unknown',
  ]);
  expect(lines.find((l) => l.startsWith('pages'))?.split(/\s+/)).toEqual([
    'pages',
    '3',
    '6',
    '3',
    '+100.0%',
  ]);
});
