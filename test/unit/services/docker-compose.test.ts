/**
 * docker-compose.yml cannot be run here (no Docker engine), so its structure is checked
 * instead: it parses, every service the users need is there, images are pinned through
 * `${VAR:-default}` (never `latest`), the servers have healthchecks that dependants wait on,
 * published ports are on loopback and listed in the header comment, bind-mounted folders and
 * the Dockerfile exist, and the Kafka version is the one scripts/services.sh and the
 * testcontainers path use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// `yaml` is installed through vitest and testcontainers; see the report about making it a
// direct devDependency.
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/shared.js';

interface ComposeService {
  image?: string;
  build?: unknown;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }>;
  profiles?: string[];
  command?: string[];
  entrypoint?: string[];
}

const text = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8');
const compose = parse(text, { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;

/** Resolves `${VAR:-default}` to its default, as compose does with VAR unset. */
function withDefaults(s: string): string {
  return s.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

describe('docker-compose.yml', () => {
  it('has Kafka, ClickHouse, Grafana and the ingest and replay workers', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['clickhouse', 'grafana', 'ingest', 'kafka', 'replay'].sort(),
    );
  });

  it('pins every image through an overridable variable, never latest', () => {
    for (const [name, svc] of Object.entries(services)) {
      expect(svc.image, name).toBeDefined();
      const image = svc.image!;
      if (svc.build !== undefined) {
        // Built from this repository (the workers): tagged, and never pulled as latest.
        expect(withDefaults(image), name).toBe('faultreplay:dev');
        continue;
      }
      expect(image, name).toMatch(/:\$\{[A-Z_]+:-[0-9][^}]*\}$/);
      expect(withDefaults(image), name).not.toMatch(/:latest$/);
    }
  });

  it('servers have healthchecks, and dependants wait for them to be healthy', () => {
    for (const name of ['kafka', 'clickhouse', 'grafana']) {
      expect(services[name]!.healthcheck?.test, name).toBeDefined();
    }
    for (const [name, svc] of Object.entries(services)) {
      for (const [dep, cond] of Object.entries(svc.depends_on ?? {})) {
        expect(services[dep], `${name} depends on ${dep}`).toBeDefined();
        expect(services[dep]!.healthcheck, `${dep} (needed by ${name})`).toBeDefined();
        expect(cond.condition).toBe('service_healthy');
      }
    }
    expect(Object.keys(services['replay']!.depends_on ?? {}).sort()).toEqual([
      'clickhouse',
      'kafka',
    ]);
  });

  it('publishes ports on loopback only, each listed in the header comment', () => {
    const header = text.slice(0, text.indexOf('\nname:'));
    const published: string[] = [];
    for (const svc of Object.values(services)) {
      for (const p of svc.ports ?? []) {
        const resolved = withDefaults(p);
        expect(resolved).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
        published.push(resolved.split(':')[1]!);
      }
    }
    expect(published.sort()).toEqual(['3000', '8123', '9000', '9092']);
    for (const port of published) expect(header).toMatch(new RegExp(`^#\\s+${port}\\s`, 'm'));
  });

  it('bind mounts and the build context exist in the repository', () => {
    expect(existsSync(join(repoRoot, 'Dockerfile'))).toBe(true);
    const binds = Object.values(services)
      .flatMap((s) => s.volumes ?? [])
      .filter((v) => v.startsWith('./'))
      .map((v) => v.split(':')[0]!);
    expect(binds).toContain('./dashboards/grafana/provisioning');
    // ./captures is the user's input folder, created by them; the others ship with the repo.
    for (const b of binds.filter(
      (x) => x !== './captures' && x !== './dashboards/grafana/dashboards',
    )) {
      expect(existsSync(join(repoRoot, b)), b).toBe(true);
    }
    const named = Object.values(services)
      .flatMap((s) => s.volumes ?? [])
      .filter((v) => !v.startsWith('./'))
      .map((v) => v.split(':')[0]!);
    for (const v of named) expect(compose.volumes, v).toHaveProperty(v);
  });

  it('gives Grafana what the provisioning files read', () => {
    const grafana = services['grafana']!;
    const env = (grafana as { environment?: Record<string, unknown> }).environment ?? {};
    const provisioning = join(repoRoot, 'dashboards', 'grafana', 'provisioning');
    const datasources = readFileSync(
      join(provisioning, 'datasources', 'faultreplay-clickhouse.yaml'),
      'utf8',
    );
    // Every $VAR / ${VAR} the datasource file uses is set for the container.
    const used = new Set(
      [...datasources.replace(/^#.*$/gm, '').matchAll(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g)].map(
        (m) => m[1]!,
      ),
    );
    expect(used.size).toBeGreaterThan(0);
    for (const v of used) expect(env, v).toHaveProperty(v);
    // The dashboards provider's path is where the JSON folder is mounted.
    const providers = parse(
      readFileSync(join(provisioning, 'dashboards', 'faultreplay.yaml'), 'utf8'),
    ) as { providers: { options: { path: string } }[] };
    const mounts = (grafana.volumes ?? []).map((v) => v.split(':'));
    for (const pr of providers.providers) {
      const mount = mounts.find((m) => m[1] === pr.options.path);
      expect(mount, pr.options.path).toBeDefined();
      expect(existsSync(join(repoRoot, mount![0]!))).toBe(true);
    }
    expect(mounts.some((m) => m[1] === '/etc/grafana/provisioning')).toBe(true);
    expect(String(env['GF_INSTALL_PLUGINS'])).toMatch(/^grafana-clickhouse-datasource /);
  });

  it('runs the same Kafka version as scripts/services.sh and the testcontainers path', () => {
    const script = readFileSync(join(repoRoot, 'scripts', 'services.sh'), 'utf8');
    const scriptVersion = /^KAFKA_VERSION=\$\{KAFKA_VERSION:-([^}]+)\}/m.exec(script)?.[1];
    const setup = readFileSync(join(repoRoot, 'test', 'helpers', 'global-setup.ts'), 'utf8');
    const containerVersion = /'apache\/kafka:([^']+)'/.exec(setup)?.[1];
    const composeVersion = withDefaults(services['kafka']!.image!).split(':')[1];
    expect(scriptVersion).toBeDefined();
    expect(composeVersion).toBe(scriptVersion);
    expect(containerVersion).toBe(scriptVersion);
    const pom = readFileSync(join(repoRoot, 'scripts', 'services', 'kafka', 'pom.xml'), 'utf8');
    expect(/<kafka\.version>([^<]+)</.exec(pom)?.[1]).toBe(scriptVersion);
  });

  it('workers talk to the brokers and ClickHouse by service name', () => {
    for (const name of ['replay', 'ingest']) {
      const svc = services[name]!;
      const argv = [...(svc.entrypoint ?? []), ...(svc.command ?? [])];
      expect(argv[argv.indexOf('--kafka') + 1], name).toBe('kafka:19092');
    }
    const replay = services['replay']!.command!;
    expect(replay[0]).toBe('replay');
    expect(replay[replay.indexOf('--clickhouse') + 1]).toBe('http://clickhouse:8123');
  });
});
