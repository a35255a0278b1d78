// End-to-end check of the connect page in headless Chromium (Debian's chromium + chromium-driver, driven through
// chromedriver's W3C WebDriver API with plain fetch — no npm package), against a running connector with its embedded
// SmartRecruiters sandbox:
//   create a connect link (POST /v1/connect/create-link) → open it → "Sign in with SmartRecruiters" → the sandbox's
//   authorize page → Allow → back on the page: connected, scope test all OK → the integration row holds the tokens
//   encrypted only (no plaintext token, no JSON key names) → the first sync runs while every access token is forced to
//   expire mid-sync (sandbox /_sandbox/oauth/expire-tokens?after=N) → exactly one refresh, the sync SUCCEEDS.
//
// Usage: node check-connect-page.mjs
// Env:   CONNECTOR_URL (default http://localhost:8080), CONNECTOR_API_KEY (default sk_sandbox_demo_key),
//        PGDATABASE (the connector's database; psql on 127.0.0.1:5432 as postgres), SCREENSHOT_DIR (optional),
//        CHROMIUM (default /usr/bin/chromium), CHROMEDRIVER (default /usr/bin/chromedriver)
import { spawn, execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";

const connector = process.env.CONNECTOR_URL ?? "http://localhost:8080";
const apiKey = process.env.CONNECTOR_API_KEY ?? "sk_sandbox_demo_key";
const db = process.env.PGDATABASE ?? "srconnector_ci";
const shots = process.env.SCREENSHOT_DIR;
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
const chromedriver = process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--no-first-run", "--window-size=1200,1600"];
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

let passed = 0;
let failed = 0;
function ok(cond, message) {
  if (cond) { passed++; console.log(`ok   ${message}`); } else { failed++; console.error(`FAIL ${message}`); }
  return cond;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function sql(query) {
  return execFileSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atc", query], { encoding: "utf8" }).trim();
}
async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}
async function waitFor(what, fn, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e.message; }
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

const port = await freePort();
const driver = spawn(chromedriver, [`--port=${port}`], { stdio: "ignore" });
const wd = `http://127.0.0.1:${port}`;
let session;
async function cmd(method, path, body) {
  const r = await fetch(`${wd}/session/${session}${path}`, {
    method, headers: { "Content-Type": "application/json" }, body: body ? JSON.stringify(body) : undefined,
  });
  const j = await r.json();
  if (!r.ok) throw new Error(`${method} ${path}: ${JSON.stringify(j.value?.message ?? j).slice(0, 300)}`);
  return j.value;
}
const js = (script, ...args) => cmd("POST", "/execute/sync", { script, args });
async function click(css) {
  const el = await cmd("POST", "/element", { using: "css selector", value: css });
  await cmd("POST", `/element/${el[ELEMENT]}/click`, {});
}
async function screenshot(name) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  writeFileSync(`${shots}/${name}.png`, Buffer.from(await cmd("GET", "/screenshot"), "base64"));
}

try {
  await waitFor("chromedriver", async () => (await (await fetch(`${wd}/status`)).json()).value?.ready);
  const s = await (await fetch(`${wd}/session`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ capabilities: { alwaysMatch: { browserName: "chrome",
      "goog:chromeOptions": { binary: chromium, args: FLAGS } } } }),
  })).json();
  session = s.value.sessionId;
  ok(Boolean(session), `headless Chromium session (${s.value.capabilities?.browserVersion ?? "?"})`);

  const sandbox = sql("SELECT base_url FROM integrations WHERE id = 'smartrecruiters:sandbox'");
  const counts0 = (await (await fetch(`${sandbox}/_sandbox/oauth`)).json()).counts;
  const linkRes = await fetch(`${connector}/v1/connect/create-link`, {
    method: "POST", headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ end_user_email: "admin@chromium.example", end_user_organization_name: "Chromium GmbH" }),
  });
  const link = (await linkRes.json()).data?.link;
  ok(linkRes.status === 200 && link?.includes("/connect?token="), `connect link created: ${link?.replace(/token=.*/, "token=…")}`);

  await cmd("POST", "/url", { url: link });
  await waitFor("connect choices", () => js("return !document.getElementById('connect').classList.contains('hidden')"));
  ok(await js("return document.getElementById('org').textContent") === "Chromium GmbH", "page shows the organisation");
  ok((await js("return document.getElementById('prerequisites').innerText")).includes("integration user"),
    "page shows the prerequisites (integration user, permissions, custom source)");
  await screenshot("1-connect-page");

  await click("#method-oauth");
  await click("#oauth-connect");
  await waitFor("SmartRecruiters authorize page", async () => (await cmd("GET", "/url")).includes("/identity/oauth/allow"));
  ok(true, "redirected to SmartRecruiters' authorize page (sandbox)");
  await screenshot("2-authorize-page");
  // every access token expires when the 300th further request with one arrives: during the first sync
  await fetch(`${sandbox}/_sandbox/oauth/expire-tokens?after=300`, { method: "POST" });
  await click("#allow");

  await waitFor("connected page", () => js("return !document.getElementById('result').classList.contains('hidden')"
    + " && document.querySelectorAll('#scope-table tbody tr').length > 0"));
  const url = await cmd("GET", "/url");
  ok(url.startsWith(`${connector}/connect?oauth=done`), `back on the connect page: ${url}`);
  const id = await js("return document.getElementById('integration-id').textContent");
  const statuses = await js("return Array.from(document.querySelectorAll('#scope-table td[data-status]')).map(t => t.textContent)");
  ok(statuses.length >= 10 && statuses.every((x) => x === "OK"), `scope test shown: ${statuses.length} rows, all OK`);
  await screenshot("3-connected");

  const status = await waitFor("first sync of the OAuth integration", () => {
    const s = sql(`SELECT status FROM sync_runs WHERE integration_id = '${id}' AND status IN ('SUCCEEDED','PARTIAL','FAILED') LIMIT 1`);
    return s || null;
  }, 240000);
  const calls = sql(`SELECT sr_calls FROM sync_runs WHERE integration_id = '${id}' ORDER BY queued_at LIMIT 1`);
  const counts1 = (await (await fetch(`${sandbox}/_sandbox/oauth`)).json()).counts;
  const refreshes = (counts1.refresh_token ?? 0) - (counts0.refresh_token ?? 0);
  const rejected = (counts1.refresh_token_rejected ?? 0) - (counts0.refresh_token_rejected ?? 0);
  ok(status === "SUCCEEDED", `sync finished ${status} after ${calls} SmartRecruiters calls`);
  ok(refreshes === 1 && rejected === 0, `forced token expiry mid-sync: ${refreshes} refresh, ${rejected} rejected`);
  const row = sql(`SELECT auth_type || ' ' || credentials_ciphertext FROM integrations WHERE id = '${id}'`);
  const [authType, ciphertext] = row.split(" ");
  ok(authType === "OAUTH_AUTHORIZATION_CODE", `integration ${id} stored as ${authType}`);
  const log = (await (await fetch(`${sandbox}/_sandbox/requests?limit=10000`)).json()).content;
  const tokens = new Set();
  for (const r of log) {
    const auth = r.headers.Authorization ?? r.headers.authorization;
    if (auth) tokens.add(auth[0].replace(/^Bearer /, ""));
    if (r.path === "/identity/oauth/token" && r.body) {
      for (const m of r.body.matchAll(/refresh_token=([^&]+)/g)) tokens.add(decodeURIComponent(m[1]));
    }
  }
  ok(tokens.size >= 3 && ciphertext.startsWith("v1:") && !/access_token|refresh_token/.test(ciphertext)
    && [...tokens].every((t) => !ciphertext.includes(t)),
    `row holds the credentials encrypted only (checked against ${tokens.size} access/refresh token(s) seen by `
    + "SmartRecruiters, before and after the refresh)");

  const users = sql(`SELECT count(*) FROM ats_users WHERE integration_id = '${id}'`);
  const jobs = sql(`SELECT count(*) FROM ats_jobs WHERE integration_id = '${id}'`);
  ok(Number(users) > 0 && Number(jobs) > 0, `synced ${users} users, ${jobs} jobs`);
} catch (e) {
  failed++;
  console.error(`FAIL ${e.message}`);
  try { await screenshot("failure"); } catch { /* no session */ }
} finally {
  if (session) { try { await cmd("DELETE", ""); } catch { /* already gone */ } }
  driver.kill();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
