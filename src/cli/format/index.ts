export { formatRunTable, formatRunTables } from './table.js';
export { completenessText, incompleteWarning } from './completeness.js';
export { formatSweepTable } from './sweep-table.js';
export { terminalText } from './terminal-text.js';
export {
  DEFAULT_TABLE_WIDTH,
  formatEpochMs,
  formatFileKey,
  formatNumber,
  formatRelative,
  renderTable,
  wrap,
} from './text-table.js';
export type { TableColumn, TableLayout } from './text-table.js';
export { formatQueryTable } from './query-table.js';
