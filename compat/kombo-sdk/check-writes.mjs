// Calls every unified write action of the connector through the official Kombo SDK (@kombo-api/sdk), against the
// connector's embedded SmartRecruiters sandbox, and checks that each succeeds (the SDK validates every answer with its
// own models: a ResponseValidationError fails the check) and that the next read shows its effect.
//
// Usage: node check-writes.mjs
// Env:   KOMBO_SERVER_URL (default http://localhost:8080/v1), KOMBO_API_KEY, KOMBO_INTEGRATION_ID
//        SANDBOX_URL (optional, e.g. http://127.0.0.1:41219): the embedded sandbox; with it, the notes, result links
//        and the rejection reason are also checked in the sandbox's own state. SANDBOX_API_KEY (default: the sandbox's
//        administrator key).
// Prints one line per action ("ok  <action>: <what the read showed>") and a JSON summary; exits 1 on any failure.
import { Kombo } from "@kombo-api/sdk";
import * as errors from "@kombo-api/sdk/models/errors";

const serverUrl = process.env.KOMBO_SERVER_URL ?? "http://localhost:8080/v1";
const apiKey = process.env.KOMBO_API_KEY ?? "sk_sandbox_demo_key";
const integrationId = process.env.KOMBO_INTEGRATION_ID ?? "smartrecruiters:sandbox";
const sandboxUrl = process.env.SANDBOX_URL;
const sandboxKey = process.env.SANDBOX_API_KEY ?? "sandbox0000000000000000000000key";

const kombo = new Kombo({ server_url: serverUrl, api_key: apiKey, integration_id: integrationId });
const run = Date.now().toString(36);
const results = {};
let failed = false;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function step(name, fn) {
  try {
    const shown = await fn();
    results[name] = "ok";
    console.log(`ok   ${name}: ${shown}`);
  } catch (e) {
    failed = true;
    results[name] = "FAIL";
    if (e instanceof errors.ResponseValidationError) {
      console.error(`FAIL ${name}: ResponseValidationError\n${e.pretty()}`);
    } else if (e?.data$?.error) {
      console.error(`FAIL ${name}: ${e.constructor.name} ${e.statusCode} ${e.data$.error.code}: ${e.data$.error.message}`);
    } else {
      console.error(`FAIL ${name}: ${e?.constructor?.name}: ${e?.message}`);
    }
  }
}

/** Raw GET on our API (the SDK's list models leave remote_data out; tags live there until the tag model nests them). */
async function rawGet(path) {
  const r = await fetch(serverUrl + path, {
    headers: { Authorization: `Bearer ${apiKey}`, "X-Integration-Id": integrationId },
  });
  check(r.ok, `GET ${path} answered ${r.status}`);
  return r.json();
}

async function sandboxGet(path) {
  const r = await fetch(sandboxUrl + path, { headers: { "X-SmartToken": sandboxKey } });
  check(r.ok, `sandbox GET ${path} answered ${r.status}`);
  return r.json();
}

async function application(id) {
  const page = await kombo.ats.getApplications({ ids: [id] });
  const found = page.result.data.results;
  check(found.length === 1, `application ${id} not readable`);
  return found[0];
}

const cv = Buffer.from(`CV of Zoë Müller (${run})`, "utf8");
const fileName = `Lebenslauf Zoë Müller ${run}.txt`;

// an open job, named once by Kombo id and once as remote:<id>
let job;
let stages = [];
await step("getJobs (setup)", async () => {
  const page = await kombo.ats.getJobs({ page_size: 50, statuses: ["OPEN"] });
  job = page.result.data.results[0];
  check(job, "no open job");
  for await (const p of await kombo.ats.getApplicationStages({ page_size: 250 })) {
    stages.push(...p.result.data.results);
  }
  return `job ${job.id} (${job.remote_id}), ${stages.length} stages`;
});

let app;
await step("createApplication", async () => {
  const email = `zoe.${run}@example.test`;
  const res = await kombo.ats.createApplication({
    job_id: job.id,
    body: {
      candidate: {
        first_name: "Zoë", last_name: `Müller-${run}`, email_address: email, company: "Acme GmbH",
        phone_number: "+49 30 1234567", location: { city: "Berlin", country: "DE" },
        social_links: [{ url: "https://www.linkedin.com/in/zoe-example" }],
      },
      attachments: [{ name: fileName, content_type: "text/plain", data: cv.toString("base64"), type: "CV" }],
      source: { name: "Job fair" },
      gdpr_consent: { given: true },
    },
  });
  app = res.data;
  const read = await kombo.ats.getCandidates({ email });
  const c = read.result.data.results;
  check(c.length === 1 && c[0].id === app.candidate_id, "the new candidate is not readable by e-mail");
  check(c[0].company === "Acme GmbH" && c[0].location?.country === "DE", "company/location not as written");
  check((await application(app.id)).current_stage?.remote_id === "NEW", "the new application is not in NEW");
  return `application ${app.id}, candidate ${app.candidate_id}, source ${app.candidate.source}, `
    + `warnings ${res.warnings.length}`;
});

let candidate;
await step("createCandidate", async () => {
  const email = `lei.${run}@example.test`;
  const res = await kombo.ats.createCandidate({
    candidate: { first_name: "雷", last_name: `李${run}`, email_address: email, title: "Engineer" },
    application: { job_id: `remote:${job.remote_id}` },
  });
  candidate = res.data;
  check(candidate.applications.length === 1, "the new candidate has no application");
  const read = await kombo.ats.getCandidates({ email });
  check(read.result.data.results[0]?.title === "Engineer", "the new candidate is not readable");
  return `candidate ${candidate.id} with application ${candidate.applications[0].id}`;
});

const tag = `Excellent Fit ${run}`;
await step("addCandidateTag", async () => {
  await kombo.ats.addCandidateTag({ candidate_id: app.candidate_id, body: { tag: { name: tag } } });
  await kombo.ats.addCandidateTag({ candidate_id: app.candidate_id, body: { tag: { name: "Java" } } });
  const row = (await rawGet(`/ats/candidates?ids=${app.candidate_id}`)).data.results[0];
  const tags = row.remote_data["/candidates/{id}"].tags;
  check(tags.includes(tag) && tags.includes("Java"), `tags after adding: ${JSON.stringify(tags)}`);
  return `tags now ${JSON.stringify(tags)}`;
});

await step("removeCandidateTag", async () => {
  await kombo.ats.removeCandidateTag({ candidate_id: app.candidate_id, body: { tag: { name: tag } } });
  const row = (await rawGet(`/ats/candidates?ids=${app.candidate_id}`)).data.results[0];
  const tags = row.remote_data["/candidates/{id}"].tags;
  check(!tags.includes(tag) && tags.includes("Java"), `tags after removing: ${JSON.stringify(tags)}`);
  return `tags now ${JSON.stringify(tags)}`;
});

await step("addApplicationAttachment", async () => {
  const letter = Buffer.from("%PDF-1.4 cover letter", "ascii");
  await kombo.ats.addApplicationAttachment({
    application_id: app.id,
    body: { attachment: { name: "Anschreiben Müller.pdf", content_type: "application/pdf", data: letter.toString("base64"),
      type: "COVER_LETTER" } },
  });
  return "uploaded";
});

await step("getApplicationAttachments", async () => {
  const res = await kombo.ats.getApplicationAttachments({ application_id: app.id });
  const names = res.data.results.map((a) => a.file_name);
  check(names.includes(fileName) && names.includes("Anschreiben Müller.pdf"), `attachments: ${JSON.stringify(names)}`);
  const mine = res.data.results.find((a) => a.file_name === fileName);
  const content = Buffer.from(mine.data_url.split(",")[1], "base64");
  check(content.equals(cv), "the CV's content differs");
  return `${res.data.results.length} attachments, content intact, types ${res.data.results.map((a) => a.type)}`;
});

await step("addCandidateAttachment", async () => {
  await kombo.ats.addCandidateAttachment({
    candidate_id: candidate.id,
    body: { attachment: { name: "résumé.txt", content_type: "text/plain", data: cv.toString("base64"), type: "CV" } },
  });
  return "uploaded";
});

await step("getCandidateAttachments", async () => {
  const res = await kombo.ats.getCandidateAttachments({ candidate_id: candidate.id });
  check(res.data.results.some((a) => a.file_name === "résumé.txt" && a.application_id), "candidate attachment missing");
  return `${res.data.results.length} attachment(s) on application ${res.data.results[0].application_id}`;
});

await step("moveApplicationToStage", async () => {
  // SmartRecruiters refuses a sub-status the job's hiring process does not have: try the in-review stages in order
  const candidates = stages.filter((s) => (s.remote_id ?? "").startsWith("IN_REVIEW|"));
  for (const s of candidates) {
    try {
      await kombo.ats.moveApplicationToStage({ application_id: app.id, body: { stage_id: s.id } });
      const read = await application(app.id);
      check(read.current_stage_id === s.id, `current stage ${read.current_stage_id}, expected ${s.id}`);
      return `moved to ${s.name} (${s.remote_id})`;
    } catch (e) {
      if (!(e?.data$?.error?.code === "REMOTE.INPUT_INVALID")) throw e;
    }
  }
  throw new Error("no in-review stage was accepted");
});

await step("addApplicationNote", async () => {
  await kombo.ats.addApplicationNote({
    application_id: app.id, body: { content: `Call back on Monday (${run}) @[USER:x]`, content_type: "PLAIN_TEXT" },
  });
  return "added";
});

await step("addApplicationResultLink", async () => {
  await kombo.ats.addApplicationResultLink({
    application_id: app.id,
    body: { label: "Assessment Result", url: `https://example.com/results/${run}`,
      details: { custom_field_name_prefix: "Acme:", attributes: [{ key: "Score", value: "100%" }] } },
  });
  return "added";
});

await step("addCandidateResultLink", async () => {
  await kombo.ats.addCandidateResultLink({
    candidate_id: app.candidate_id, body: { label: "Profile", url: `https://example.com/profiles/${run}` },
  });
  if (!sandboxUrl) return "added (SANDBOX_URL not set: notes not read back)";
  const remote = app.candidate.remote_id;
  const notes = (await sandboxGet(`/messages?candidateId=${remote}`)).content.map((m) => m.content);
  check(notes.some((n) => n.includes(`Call back on Monday (${run})`)), "the note is not in SmartRecruiters");
  check(notes.some((n) => n.includes(`Assessment Result: https://example.com/results/${run}`)), "application result link missing");
  check(notes.some((n) => n.includes(`Profile: https://example.com/profiles/${run}`)), "candidate result link missing");
  return `${notes.length} notes on the candidate in the sandbox`;
});

await step("rejectApplication", async () => {
  let reasonId;
  try {
    const reasons = await kombo.ats.getRejectionReasons({});
    reasonId = reasons.result.data.results[0]?.id;
  } catch (e) {
    // the rejection-reason model may not be synced in this build: name the reason by its SmartRecruiters id
  }
  if (!reasonId && sandboxUrl) {
    reasonId = `remote:${(await sandboxGet("/configuration/rejection-reasons")).content[0].id}`;
  }
  check(reasonId, "no rejection reason (set SANDBOX_URL)");
  await kombo.ats.rejectApplication({ application_id: app.id, body: { rejection_reason_id: reasonId, note: "Not now" } });
  const read = await application(app.id);
  check(read.outcome === "DECLINED" && read.rejected_at, `outcome ${read.outcome}`);
  return `outcome ${read.outcome}, reason "${read.rejection_reason_name}"`;
});

console.log(JSON.stringify({ results }));
process.exit(failed ? 1 : 0);
