export { formatRunTable, formatRunTables } from './table.js';
export { terminalText } from './terminal-text.js';
