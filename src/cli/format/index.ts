export { formatRunTable, formatRunTables } from './table.js';
export { formatSweepTable } from './sweep-table.js';
