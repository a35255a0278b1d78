// Issue 4's SDK check: sync control and webhooks against the official Kombo SDK (@kombo-api/sdk).
//  1. kombo.general.triggerSync({type}) against the running connector (POST /v1/force-sync): the SDK must accept the
//     answers; a FULL then a DELTA: the DELTA must answer already_queued=true with the FULL's sync_id and type (one
//     sync per integration; a full sync takes long enough for the second request to find it).
//  2. Every webhook body in the samples directory (written by WebhooksIT: target/webhook-samples/*.json) must parse
//     with the SDK's SyncFinishedWebhookPayload / DataChangedWebhookPayload models.
//
// Usage: node check-sync.mjs [samples-dir]      (default ../../target/webhook-samples)
// Env:   KOMBO_SERVER_URL (default http://localhost:8080/v1), KOMBO_API_KEY, KOMBO_INTEGRATION_ID
import { Kombo } from "@kombo-api/sdk";
import * as errors from "@kombo-api/sdk/models/errors";
import { syncFinishedWebhookPayloadFromJSON, dataChangedWebhookPayloadFromJSON } from "@kombo-api/sdk/models";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const samples = process.argv[2] ?? "../../target/webhook-samples";
const kombo = new Kombo({
  server_url: process.env.KOMBO_SERVER_URL ?? "http://localhost:8080/v1",
  api_key: process.env.KOMBO_API_KEY ?? "sk_sandbox_demo_key",
  integration_id: process.env.KOMBO_INTEGRATION_ID ?? "smartrecruiters:sandbox",
});

let failed = false;
try {
  const first = await kombo.general.triggerSync({ type: "FULL" });
  const second = await kombo.general.triggerSync({ type: "DELTA" });
  const a = first.data;
  const b = second.data;
  const same = b.already_queued === true && b.sync_id === a.sync_id && b.type === "FULL";
  if (!same) failed = true;
  console.log(`${same ? "ok  " : "FAIL"} triggerSync: ${JSON.stringify(a)} then ${JSON.stringify(b)}`);
} catch (e) {
  failed = true;
  if (e instanceof errors.ResponseValidationError) {
    console.error(`FAIL triggerSync: ResponseValidationError\n${e.pretty()}`);
  } else {
    console.error(`FAIL triggerSync: ${e?.constructor?.name}: ${e?.message}`);
  }
}

const parsers = { "sync-finished": syncFinishedWebhookPayloadFromJSON, "data-changed": dataChangedWebhookPayloadFromJSON };
if (!existsSync(samples)) {
  failed = true;
  console.error(`FAIL webhooks: no samples in ${samples} (run mvn verify first)`);
} else {
  for (const f of readdirSync(samples).filter((n) => n.endsWith(".json")).sort()) {
    const text = readFileSync(join(samples, f), "utf8");
    const type = JSON.parse(text).type;
    const parse = parsers[type];
    const r = parse ? parse(text) : { ok: false, error: new Error(`unknown event type ${type}`) };
    if (!r.ok) failed = true;
    console.log(`${r.ok ? "ok  " : "FAIL"} webhook ${f} (${type})${r.ok ? "" : ": " + r.error?.message}`);
  }
}
process.exit(failed ? 1 : 0);
