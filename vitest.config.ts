// Test projects (STYLE.md §17): `unit` needs nothing but Node (and builds the optional native
// helpers with the C compiler when there is one); `integration` talks to real
// Kafka and ClickHouse servers (started once by test/helpers/global-setup.ts through
// scripts/services.sh, or testcontainers where Docker runs, or KAFKA_BROKERS / CLICKHOUSE_URL);
// `e2e` drives the built CLI and a real browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/contracts/**/*.test.ts'],
          globalSetup: ['test/helpers/native-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/build-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
