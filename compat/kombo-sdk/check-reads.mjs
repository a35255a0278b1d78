// Pages every unified read operation through the official Kombo SDK pointed at the connector and fails on any
// ResponseValidationError (our answer does not match the SDK's models) or any duplicate id across pages.
//
// Usage: node check-reads.mjs [--expect counts.json] [--page-size N] [op ...]
// Env:   KOMBO_SERVER_URL (default http://localhost:8080/v1), KOMBO_API_KEY, KOMBO_INTEGRATION_ID
// Ops:   every ATS read operation by default: getJobs getCandidates getApplications getUsers getApplicationStages
//        getTags getOffers getRejectionReasons getInterviews.
// --expect: a JSON object {"getJobs": 50, ...}; the check fails when a count differs.
import { Kombo } from "@kombo-api/sdk";
import * as errors from "@kombo-api/sdk/models/errors";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
let expect = {};
let pageSize = 100;
const ops = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--expect") expect = JSON.parse(readFileSync(args[++i], "utf8"));
  else if (args[i] === "--page-size") pageSize = Number(args[++i]);
  else ops.push(args[i]);
}
if (ops.length === 0) {
  ops.push("getJobs", "getCandidates", "getApplications", "getUsers", "getApplicationStages", "getTags", "getOffers",
    "getRejectionReasons", "getInterviews");
}

const kombo = new Kombo({
  server_url: process.env.KOMBO_SERVER_URL ?? "http://localhost:8080/v1",
  api_key: process.env.KOMBO_API_KEY ?? "sk_sandbox_demo_key",
  integration_id: process.env.KOMBO_INTEGRATION_ID ?? "smartrecruiters:sandbox",
});

let failed = false;
const counts = {};
for (const op of ops) {
  const seen = new Set();
  let pages = 0;
  let duplicates = 0;
  try {
    const first = await kombo.ats[op]({ page_size: pageSize });
    for await (const page of first) {
      pages++;
      for (const r of page.result.data.results) {
        if (seen.has(r.id)) duplicates++;
        seen.add(r.id);
      }
    }
  } catch (e) {
    failed = true;
    if (e instanceof errors.ResponseValidationError) {
      console.error(`FAIL ${op}: ResponseValidationError\n${e.pretty()}`);
    } else {
      console.error(`FAIL ${op}: ${e?.constructor?.name}: ${e?.message}`);
    }
    continue;
  }
  counts[op] = seen.size;
  const exp = expect[op];
  const countOk = exp === undefined || exp === seen.size;
  if (duplicates > 0 || !countOk) failed = true;
  console.log(`${duplicates === 0 && countOk ? "ok  " : "FAIL"} ${op}: ${seen.size} records in ${pages} pages, `
    + `${duplicates} duplicate ids${exp === undefined ? "" : `, expected ${exp}`}`);
}
console.log(JSON.stringify({ counts }));
process.exit(failed ? 1 : 0);
