export { isLoopbackHost, startDashboardServer } from './server.js';
export type { DashboardServer, DashboardServerOptions } from './server.js';
