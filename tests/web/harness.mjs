// Shared setup for the browser tests: one real server (fresh SQLite database,
// migrated and seeded) and one headless Chromium for the whole run.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = join(ROOT, 'test-results');
export const PASSWORD = 'hotel-demo-2026';
/** The PBX's shared secret in the test server (HOTEL_CRM_CTI_SECRET). */
export const CTI_SECRET = 'browser-tests-cti-secret-2026';
// The project's virtualenv by default; HOTEL_CRM_CLI points elsewhere (e.g. a CI venv).
const CLI = process.env.HOTEL_CRM_CLI ?? join(ROOT, '.venv/bin/hotel-crm');
const CHROMIUM = process.env.HOTEL_CRM_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url, server, log, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts everything; returns { url, browser, gql, login, stop }.
 * The SPA is built first (into server/web_dist, which the server serves)
 * unless HOTEL_CRM_WEB_NO_BUILD=1 says the caller already did.
 */
export async function startStack() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: install the package into .venv first (or set HOTEL_CRM_CLI)`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set HOTEL_CRM_CHROMIUM)`);
  if (process.env.HOTEL_CRM_WEB_NO_BUILD !== '1' || !existsSync(join(ROOT, 'server/web_dist/index.html'))) {
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(RESULTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'hotel-crm-web-'));
  const env = {
    ...process.env,
    HOTEL_CRM_DATABASE_URL: `sqlite:///${join(dir, 'web.sqlite3')}`,
    HOTEL_CRM_ENV: 'development',
    HOTEL_CRM_CTI_SECRET: CTI_SECRET,
  };
  const run = (args) => execFileSync(CLI, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  run(['migrate']);
  run(['seed-demo', '--customers', '60', '--seed', '7']);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const server = spawn(CLI, ['serve', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  let browser;
  try {
    await waitForHealth(url, server, () => output);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  async function gql(query, variables = {}, token = null) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function token(username) {
    const data = await gql(
      'mutation($input: LoginInput!) { login(input: $input) { token errors { code message } } }',
      { input: { username, password: PASSWORD } },
    );
    if (!data.login.token) throw new Error(`login ${username}: ${JSON.stringify(data.login.errors)}`);
    return data.login.token;
  }

  /** The first `first` customers of the archive (newest first) with the given selection, read as the manager. */
  async function customers(first, selection) {
    const data = await gql(`{ customers(first: ${first}) { edges { node { ${selection} } } } }`, {}, await token('manager'));
    return data.customers.edges.map((e) => e.node);
  }

  /** A new customer created through the API with the given user's token; returns its id. */
  async function createCustomer(input, asToken) {
    const data = await gql(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { code message } } }',
      { input },
      asToken,
    );
    assert.deepEqual(data.createCustomer.errors, []);
    return data.createCustomer.customer.id;
  }

  /**
   * A fresh browser context and page, signed in through the real sign-in form.
   * `setup(context)` runs before the first page opens (routes, for instance).
   */
  async function signedInPage(username, { lang, viewport = { width: 1366, height: 900 }, setup } = {}) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    if (lang) await context.addInitScript((l) => localStorage.setItem('hotel-crm.language', l), lang);
    context.setDefaultTimeout(10_000);
    if (setup) await setup(context);
    const page = await context.newPage();
    await page.goto(`${url}/signin`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.press('#password', 'Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
    return { context, page };
  }

  async function stop() {
    await browser?.close().catch(() => {});
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => {
        const timer = setTimeout(() => {
          server.kill('SIGKILL');
          r();
        }, 5000);
        server.once('exit', () => {
          clearTimeout(timer);
          r();
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  }

  /**
   * A call event from the telephone system, signed like the PBX signs it
   * (SPEC 4.2). Returns { status, body, callId }; a new callId by default.
   */
  async function postCall({ extension, caller, event = 'RINGING', callId = `call-${randomUUID()}`, at = new Date() }) {
    const body = JSON.stringify({ callId, extension, caller, event, at: new Date(at).toISOString() });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`${url}/cti/calls`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-CTI-Timestamp': String(timestamp),
        'X-CTI-Signature': signCti(CTI_SECRET, timestamp, body),
      },
      body,
    });
    return { status: response.status, body: await response.json().catch(() => null), callId };
  }

  return { url, browser, gql, token, customers, createCustomer, signedInPage, postCall, stop };
}

/** A date at the hotel (Asia/Shanghai), `days` from today, as YYYY-MM-DD. */
export function hotelDate(days = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** The X-CTI-Signature header: "sha256=" + hex HMAC-SHA256 of "<timestamp>.<raw body>". */
export function signCti(secret, timestamp, body) {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Saves a full-page screenshot to test-results/<name>.png (looked at by people, not compared). */
export async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

/** A valid PRC resident ID number (GB 11643 MOD 11-2 check character). */
export function residentId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}
