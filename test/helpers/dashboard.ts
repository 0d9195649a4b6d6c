/**
 * The web dashboard as the e2e tests open it: the real built `faultreplay dashboard` command
 * serving a store directory on a free port, and headless Chromium (Debian's `chromium` through
 * playwright-core, a fresh profile per call) on its page. One start-up for every dashboard test,
 * so they all see the page the same way.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { repoRoot } from './shared.js';

const CHROMIUM = '/usr/bin/chromium';

export interface OpenDashboardOptions {
  /** The chdb store directory the dashboard serves. */
  readonly storeDir: string;
  /** Working directory of the dashboard and home of the browser profile (a test's tmp dir). */
  readonly dir: string;
  /** The page is loaded once this selector matches (e.g. `body[data-loaded="run-a"]`). */
  readonly waitFor: string;
  /** @default { width: 1280, height: 900 } */
  readonly viewport?: { readonly width: number; readonly height: number };
}

export interface OpenDashboard {
  /** e.g. http://127.0.0.1:41234/ */
  readonly baseUrl: string;
  readonly page: Page;
  /** Uncaught errors the page threw since it was opened. */
  readonly pageErrors: readonly string[];
  /** Closes the browser and stops the dashboard (waits for it to exit). */
  close(): Promise<void>;
}

export async function openDashboard(opts: OpenDashboardOptions): Promise<OpenDashboard> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium`);
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin/faultreplay.js'), 'dashboard', '--port', '0', '--store', opts.storeDir],
    { cwd: opts.dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async (): Promise<void> => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  // The command prints its URL once it listens: that line, not a delay, says it is ready.
  const baseUrl = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m !== null) resolveUrl(m[1]!);
    });
    child.once('exit', (code) => {
      reject(new Error(`dashboard exited with ${code}: ${stderr}`));
    });
  });
  let browser;
  try {
    // A fresh profile directory per call (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(join(opts.dir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      viewport: opts.viewport ?? { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(baseUrl);
    await page.waitForSelector(opts.waitFor, { timeout: 60_000 });
    const opened = browser;
    return {
      baseUrl,
      page,
      pageErrors,
      close: async () => {
        await opened.close();
        await stop();
      },
    };
  } catch (e) {
    await browser?.close();
    await stop();
    throw e;
  }
}
