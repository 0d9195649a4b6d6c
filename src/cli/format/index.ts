export { formatRunTable, formatRunTables } from './table.js';
export { formatSweepTable } from './sweep-table.js';
export { terminalText } from './terminal-text.js';
