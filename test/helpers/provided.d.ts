// Values the integration project's global setup (global-setup.ts) hands to every test file
// through `project.provide(...)`; read them with `inject('kafkaBrokers')` from 'vitest'.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Comma-separated `host:port` list of a real Kafka broker. */
    kafkaBrokers: string;
    /** HTTP URL of a real ClickHouse server, e.g. `http://127.0.0.1:18123`. */
    clickhouseUrl: string;
    /**
     * How the servers were obtained: `script` (scripts/services.sh on this machine: tests may
     * stop and restart them through it), `docker` (testcontainers) or `external` (the
     * KAFKA_BROKERS / CLICKHOUSE_URL environment variables). Per service.
     */
    kafkaMode: ServicesMode;
    clickhouseMode: ServicesMode;
  }
}

export type ServicesMode = 'script' | 'docker' | 'external';
