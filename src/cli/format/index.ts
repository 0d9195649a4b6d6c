export { formatRunTable, formatRunTables } from './table.js';
