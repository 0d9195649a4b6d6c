/**
 * Global setup of the `integration` project (STYLE.md §18, emmett
 * `sharedPostgreSQLGlobalSetup.ts`): makes sure a real Kafka broker and a real ClickHouse
 * server are reachable once per run, and hands their addresses to the test files with
 * `project.provide(...)` (typed in provided.d.ts; read with `inject('kafkaBrokers')`).
 *
 * Per service, in this order:
 * 1. `KAFKA_BROKERS` / `CLICKHOUSE_URL` set: use them as they are (`external`).
 * 2. A Docker engine reachable: start a container with testcontainers (`docker`), removed at
 *    teardown.
 * 3. Otherwise `scripts/services.sh start` (`script`): Kafka from Maven jars on Java 17 and
 *    Debian's clickhouse-server, under .services/. What this setup started it stops at
 *    teardown; servers that were already running (a developer's, or `.ci/run`'s) are left
 *    alone. FAULTREPLAY_KEEP_SERVICES=1 keeps them running for the next run.
 *
 * FAULTREPLAY_SERVICES=script|docker forces 2 or 3. Each test file then creates its own topic
 * and database with random names (see services.ts), so files never see each other's data.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import type { ServicesMode } from './provided.js';
import { repoRoot } from './shared.js';

const run = promisify(execFile);
const servicesScript = join(repoRoot, 'scripts', 'services.sh');
/** How scripts/services.sh `die` starts its one-line reason. */
const ERROR_PREFIX = '[services] error: ';

/** Images used when Docker is available; the same pins as docker-compose.yml. */
export const KAFKA_IMAGE = process.env['KAFKA_IMAGE'] ?? 'apache/kafka:4.3.1';
export const CLICKHOUSE_IMAGE =
  process.env['CLICKHOUSE_IMAGE'] ?? 'clickhouse/clickhouse-server:25.8';

type ServiceName = 'kafka' | 'clickhouse';
type Teardown = () => Promise<void>;

function log(message: string): void {
  process.stderr.write(`[global-setup] ${message}\n`);
}

async function script(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('bash', [servicesScript, ...args], {
      cwd: repoRoot,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (stderr !== '') process.stderr.write(stderr);
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { code?: unknown; stdout?: string; stderr?: string };
    const stderr = err.stderr ?? '';
    // The script's own error line becomes the thrown message (startFailure); print the rest.
    const progress = stderr.split('\n').filter((l) => !l.startsWith(ERROR_PREFIX));
    if (progress.join('').trim() !== '') process.stderr.write(`${progress.join('\n')}\n`);
    return { stdout: err.stdout ?? '', stderr, code: typeof err.code === 'number' ? err.code : 1 };
  }
}

/**
 * The error for a failed `services.sh start NAME`: the script's own reason, in one line (for a
 * missing program it says what to install or which variable to set), else the exit status.
 */
export function startFailure(name: string, stderr: string, code: number): Error {
  const reason = stderr
    .split('\n')
    .filter((l) => l.startsWith(ERROR_PREFIX))
    .at(-1)
    ?.slice(ERROR_PREFIX.length);
  return new Error(reason ?? `scripts/services.sh start ${name} failed (exit ${code})`);
}

/** `KEY=value` lines (the output of `services.sh env`) as a record. */
function parseEnvLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

async function dockerAvailable(): Promise<boolean> {
  const forced = process.env['FAULTREPLAY_SERVICES'];
  if (forced === 'script') return false;
  const hinted =
    forced === 'docker' ||
    (process.env['DOCKER_HOST'] ?? '') !== '' ||
    existsSync('/var/run/docker.sock') ||
    existsSync(join(process.env['HOME'] ?? '/root', '.docker', 'run', 'docker.sock'));
  if (!hinted) return false;
  try {
    // Imported only here: testcontainers pulls in a Docker client the script path never needs.
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch (e) {
    if (forced === 'docker') throw e;
    log(`a Docker socket exists but no engine answers (${String(e)}); using scripts/services.sh`);
    return false;
  }
}

/** A TCP port free on this host right now (for Kafka's advertised listener, see below). */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => {
        resolvePort(port);
      });
    });
  });
}

async function startDocker(name: ServiceName): Promise<{ address: string; teardown: Teardown }> {
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  if (name === 'kafka') {
    // Kafka tells clients the address to reconnect to (advertised listener), so the host port
    // must be known before the broker starts: bind the same free port on both sides.
    const client = await getContainerRuntimeClient();
    const host = client.info.containerRuntime.host;
    const port = await freePort();
    const container = await new GenericContainer(KAFKA_IMAGE)
      .withExposedPorts({ container: port, host: port })
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: `PLAINTEXT://0.0.0.0:${port},CONTROLLER://127.0.0.1:9093`,
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${host}:${port}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@127.0.0.1:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS: '4',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .withStartupTimeout(180_000)
      .start();
    return {
      address: `${host}:${port}`,
      teardown: async () => {
        await container.stop();
      },
    };
  }
  const container = await new GenericContainer(CLICKHOUSE_IMAGE)
    .withExposedPorts(8123)
    // The image creates `default` with no password and network access only with this set.
    .withEnvironment({ CLICKHOUSE_SKIP_USER_SETUP: '1' })
    .withWaitStrategy(Wait.forHttp('/ping', 8123).forStatusCode(200))
    .withStartupTimeout(180_000)
    .start();
  return {
    address: `http://${container.getHost()}:${container.getMappedPort(8123)}`,
    teardown: async () => {
      await container.stop();
    },
  };
}

/** The address of this checkout's script-managed server for `name`, if it is running. */
async function scriptAddress(name: ServiceName): Promise<string | undefined> {
  const env = { ...process.env };
  delete env['KAFKA_BROKERS'];
  delete env['CLICKHOUSE_URL'];
  const out = await script(['env', name], env);
  if (out.code !== 0) return undefined;
  return parseEnvLines(out.stdout)[name === 'kafka' ? 'KAFKA_BROKERS' : 'CLICKHOUSE_URL'];
}

export default async function setup(project: TestProject): Promise<Teardown> {
  const teardowns: Teardown[] = [];
  const addresses: Partial<Record<ServiceName, string>> = {};
  const modes: Partial<Record<ServiceName, ServicesMode>> = {};

  const external: Record<ServiceName, string | undefined> = {
    kafka: process.env['KAFKA_BROKERS'],
    clickhouse: process.env['CLICKHOUSE_URL'],
  };
  const missing: ServiceName[] = [];
  for (const name of ['kafka', 'clickhouse'] as const) {
    const value = external[name];
    if (value !== undefined && value !== '') {
      addresses[name] = value;
      // The variable may point at this checkout's own scripts/services.sh server (`.ci/run`
      // exports them for the e2e tests): then tests may still stop and start it.
      modes[name] = (await scriptAddress(name)) === value ? 'script' : 'external';
      log(`${name}: using ${value} from the environment (${modes[name]})`);
    } else {
      missing.push(name);
    }
  }

  if (missing.length > 0 && (await dockerAvailable())) {
    for (const name of missing) {
      log(`${name}: starting a container with testcontainers`);
      const started = await startDocker(name);
      addresses[name] = started.address;
      modes[name] = 'docker';
      teardowns.push(started.teardown);
    }
  } else if (missing.length > 0) {
    // The script treats a service whose variable is set as external, so pass only what we want
    // it to manage; it is idempotent, and `status` tells whether we are the ones starting it.
    const env = { ...process.env };
    delete env['KAFKA_BROKERS'];
    delete env['CLICKHOUSE_URL'];
    for (const name of missing) {
      const wasRunning = (await script(['status', name], env)).code === 0;
      const started = await script(['start', name], env);
      if (started.code !== 0) throw startFailure(name, started.stderr, started.code);
      const printed = parseEnvLines((await script(['env', name], env)).stdout);
      const address = printed[name === 'kafka' ? 'KAFKA_BROKERS' : 'CLICKHOUSE_URL'];
      if (address === undefined) throw new Error(`scripts/services.sh env ${name} printed nothing`);
      addresses[name] = address;
      modes[name] = 'script';
      if (!wasRunning && process.env['FAULTREPLAY_KEEP_SERVICES'] !== '1') {
        teardowns.push(async () => {
          await script(['stop', name], env);
        });
      }
      log(`${name}: ${address}${wasRunning ? ' (already running)' : ''}`);
    }
  }

  project.provide('kafkaBrokers', addresses.kafka ?? '');
  project.provide('clickhouseUrl', addresses.clickhouse ?? '');
  project.provide('kafkaMode', modes.kafka ?? 'external');
  project.provide('clickhouseMode', modes.clickhouse ?? 'external');

  return async () => {
    for (const teardown of teardowns.reverse()) await teardown();
  };
}
