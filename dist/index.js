import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  dockerConfigCredentials,
  immutableRef,
  inertJson,
  inertLine,
  inertLines,
  networkSettingsFromEnv,
  outcomeEntry,
  outcomeMetadata,
  outcomeName,
  outcomeValues,
  readDuration,
  readGitContext,
  recordArtifacts,
  sherpackEnvCredentials,
  signatureDigests
} from "./chunks/shared-ci-github.js";
import {
  checkedDestination,
  failedOutcome,
  parseAnnotations,
  planEntries,
  refusalVerdict,
  splitList
} from "./chunks/shared-oci-auth.js";
import "./chunks/shared-oci-reference.js";
import {
  RegistryError
} from "./chunks/shared-oci-refusals.js";
import "./chunks/shared-oci-descriptor.js";
import "./chunks/shared-credentials-helper.js";
import {
  isGhcr
} from "./chunks/shared-oci-hosts.js";
import "./chunks/shared-bounded-child.js";
import "./chunks/shared-semver.js";
import {
  DEFAULT_TIMEOUT_MS
} from "./chunks/shared-oci-types.js";
import "./chunks/shared-read-user-file.js";
import {
  UserError,
  isUserError,
  messageOf
} from "./chunks/shared-errors.js";
import "./chunks/shared-runtime.js";

// src/action/credentials.ts
function actionCredentialSources(inputs, env) {
  const sources = [
    {
      kind: "pair",
      label: "inputs username/password",
      username: inputs.username,
      password: inputs.password,
      halfSet: inputsHalfSet(Boolean(inputs.token))
    },
    sherpackEnvCredentials(env),
    ...dockerConfigCredentials(env)
  ];
  if (inputs.token) {
    const actor = env.GITHUB_ACTOR || "x-access-token";
    sources.push({
      kind: "token",
      label: `GITHUB_TOKEN (token input) as ${actor}`,
      username: actor,
      token: inputs.token,
      hosts: isGhcr,
      realmHosts: ["ghcr.io"]
    });
  }
  return sources;
}
function inputsHalfSet(tokenSet) {
  return (missing) => {
    const present = missing === "password" ? "username" : "password";
    const tokenHint = tokenSet ? " (The token input is used only for ghcr.io and only without username/password.)" : "";
    return `The ${present} input is set but the ${missing} input is empty: both are needed to log in with a username and password. Set ${missing} (from a secret, e.g. ${missing}: \${{ secrets.REGISTRY_${missing.toUpperCase()} }}), or remove ${present} to use other credentials.` + tokenHint;
  };
}

// src/action/inputs.ts
var INPUT_NAMES = {
  path: "path",
  destination: "destination",
  tags: "tags",
  annotations: "annotations",
  token: "token",
  plainHttp: "plain-http",
  overwrite: "overwrite",
  versionCheck: "version-check",
  skipExisting: "skip-existing",
  timeout: "timeout",
  push: "push",
  signingKey: "signing-key",
  signingKeyPassword: "signing-key-password",
  publicKey: "public-key",
  plan: "plan"
};
var InputError = class extends UserError {
  name = "InputError";
};
function getInputs(read, env) {
  return {
    paths: lines(read("path")).length > 0 ? lines(read("path")) : ["."],
    destinations: lines(read("destination")),
    tags: read("tags"),
    username: read("username"),
    password: read("password"),
    // action.yml defaults `token` to github.token; run directly, the runner's env may have it.
    token: read("token") || env.GITHUB_TOKEN || "",
    annotations: read("annotations"),
    push: readBoolean(read, "push", true),
    plainHttp: readBoolean(read, "plain-http", false),
    overwrite: readBoolean(read, "overwrite", true),
    versionCheck: readBoolean(read, "version-check", true),
    skipExisting: readBoolean(read, "skip-existing", false),
    timeoutMs: read("timeout") ? readTimeout(read("timeout")) : DEFAULT_TIMEOUT_MS,
    signingKey: read("signing-key").trim(),
    signingKeyPassword: read("signing-key-password"),
    publicKeys: lines(read("public-key")).filter((line) => !line.startsWith("untrusted comment:")),
    plan: readBoolean(read, "plan", false),
    failOnRefused: readBoolean(read, "fail-on-refused", false)
  };
}
function secretKeyLines(signingKey) {
  return lines(signingKey).filter((line) => !line.startsWith("untrusted comment:"));
}
function readBoolean(read, name, fallback) {
  const value = read(name).trim();
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`Input ${name} must be true or false, got ${JSON.stringify(value)}`);
}
function readTimeout(value) {
  const reading = readDuration(value);
  if ("problem" in reading) {
    throw new InputError(`Input timeout ${reading.problem}, got ${JSON.stringify(value)}`);
  }
  return reading.ms;
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}

// src/action/html.ts
function heading(html, level) {
  return `<h${level}>${html}</h${level}>
`;
}
function paragraph(html) {
  return `<p>${html}</p>
`;
}
function table(rows) {
  const cells = (row) => row.map((cell) => typeof cell === "string" ? `<td>${cell}</td>` : `<th>${cell.data}</th>`).join("");
  return `<table>${rows.map((row) => `<tr>${cells(row)}</tr>`).join("")}</table>
`;
}
function list(items) {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>
`;
}
function details(label, content) {
  return `<details><summary>${label}</summary>${content}</details>
`;
}

// src/action/summary.ts
var PHASE_TITLES = {
  resolve: "Resolve inputs",
  package: "Package",
  authenticate: "Authenticate",
  plan: "Plan",
  upload: "Upload",
  tag: "Tag",
  signature: "Attach the signature"
};
function writeSummary(report, runner) {
  runner.appendSummary(renderSummary(report));
}
function renderSummary(report) {
  return [
    headline(report),
    references(report.outcome),
    archive(report.outcome),
    signature(report.outcome),
    facts(report.outcome),
    tagPlan(report.outcome),
    manifestBlock(report.outcome)
  ].join("");
}
function headline({ outcome, errorMessage, context }) {
  const parts = [];
  const { pack } = outcome;
  const packName = pack ? `${pack.metadata.name} ${pack.metadata.version}` : void 0;
  if (outcome.status === "failed") {
    const title = packName ? `Sherpack push of ${packName} failed` : "Sherpack push failed";
    const where = outcome.failedIn ? ` in ${PHASE_TITLES[outcome.failedIn]}` : "";
    parts.push(heading(`${escapeHtml(title)}${escapeHtml(where)}`, 2));
    parts.push(paragraph(`<strong>Error:</strong> ${escapeHtml(errorMessage ?? "")}`));
    parts.push(paragraph(escapeHtml(whatWasWritten(outcome))));
  } else {
    const verb = outcome.status === "packaged" ? "packaged (not pushed)" : outcome.status === "planned" ? "planned (not pushed)" : "pushed";
    parts.push(heading(`Sherpack pack ${escapeHtml(packName ?? "")} ${verb}`, 2));
    if (outcome.status === "packaged") {
      parts.push(
        paragraph(
          `push is false: nothing was written. The manifest digest would be <code>${escapeHtml(outcome.manifest?.digest ?? "")}</code>.`
        )
      );
    }
  }
  const page = ghcrPackagePage(outcome, context);
  if (page && outcome.status !== "packaged" && outcome.status !== "planned") {
    parts.push(paragraph(`Package page: <a href="${escapeHtml(page)}">${escapeHtml(page)}</a>`));
  }
  return parts.join("");
}
function references(outcome) {
  const { destination, manifest } = outcome;
  const ref = immutableRef(outcome);
  if (!destination || !manifest || !ref || outcome.tagPlan.length === 0) return "";
  if (outcome.status === "planned") return "";
  return heading("References", 3) + table([
    headerRow("Reference", "Digest", "Result"),
    ...outcome.tagPlan.map(({ tag }) => {
      const elsewhere = outcome.tagsElsewhere.find((t) => t.tag === tag);
      return [
        code(`${destination.display}:${tag}`),
        code(elsewhere?.digest ?? manifest.digest),
        tagStatus(outcome, tag)
      ];
    }),
    [code(ref), code(manifest.digest), "immutable reference"]
  ]);
}
function archive({ pack }) {
  if (!pack) return "";
  return heading("Archive", 3) + table([
    headerRow("File", "Size", "Layer digest", "Created"),
    [
      code(pack.archiveFileName) + (pack.prebuilt ? " (prebuilt, pushed as it is)" : ""),
      formatSize(pack.archiveSize),
      code(pack.archiveDigest),
      escapeHtml(pack.created)
    ]
  ]);
}
function signature(outcome) {
  const { signature: attached, destination, manifest } = outcome;
  if (!attached || !destination || !manifest) return "";
  const where = attached.keptBy === "api" ? "the registry's referrers API" : `the referrers index tag ${code(attached.tag ?? "")}`;
  const command = `sherpack-push pull oci://${destination.display}@${manifest.digest} --verify --key sherpack.pub`;
  return heading("Signature", 3) + list([
    `Referrer: ${code(attached.digest)} (minisign key ${code(attached.keyId)}), found through ${where}`,
    `Verify the pushed pack (<code>sherpack.pub</code>: the public key ${code(attached.keyId)}): ${code(command)}`
  ]);
}
function facts(outcome) {
  const { destination } = outcome;
  const items = [];
  if (destination) items.push(`Destination: ${code(destination.display)}`);
  if (destination?.kind === "registry") {
    const source = outcome.credentialSource;
    items.push(`Credentials: ${source ? escapeHtml(source) : "not looked up"}`);
  }
  if (outcome.blobsUploaded !== void 0) {
    items.push(
      `Uploaded: ${outcome.blobsUploaded} blob(s), ${formatSize(outcome.bytesUploaded ?? 0)}${outcome.blobsMounted ? `; mounted: ${outcome.blobsMounted}` : ""}`
    );
  }
  const moved = outcome.tagsMoved ?? [];
  if (moved.length > 0) {
    items.push(
      `Moved: ${moved.map((t) => `${code(t.tag)} from ${code(t.from)}`).join(", ")}; the digests they left stay in the registry (nothing is deleted), untagged unless another tag names them`
    );
  }
  return items.length > 0 ? list(items) : "";
}
function tagPlan({ tagPlan: plan }) {
  if (plan.length === 0) return "";
  return heading("Tag plan", 3) + table([
    headerRow("Tag", "Rule", "From"),
    ...plan.map((entry) => [
      code(entry.tag),
      escapeHtml(entry.rule),
      entry.source !== void 0 ? code(entry.source) : ""
    ])
  ]);
}
function manifestBlock({ manifest }) {
  if (!manifest) return "";
  const json = inertJson(JSON.parse(manifest.bytes.toString("utf8")), 2);
  return details(
    `Manifest ${escapeHtml(manifest.digest)}`,
    `

<pre lang="json"><code>${escapeBlock(json)}</code></pre>

`
  );
}
function whatWasWritten(outcome) {
  const { destination } = outcome;
  const target = destination ? destination.kind === "layout" ? `the OCI layout ${destination.display}` : destination.display : "the destination";
  const written = [...outcome.tagsWritten, ...outcome.tagsUnchanged];
  if (written.length > 0 || outcome.tagsElsewhere.length > 0) {
    const planned = outcome.tagPlan.map((t) => t.tag);
    const missing = planned.filter(
      (tag) => !written.includes(tag) && !outcome.tagsElsewhere.some((t) => t.tag === tag)
    );
    const parts = [
      written.length > 0 ? `Tags on this push's digest in ${target}: ${written.join(", ")}.` : "",
      ...outcome.tagsElsewhere.map((t) => `Tag ${t.tag} points to ${t.digest}, not this push.`),
      missing.length > 0 ? `Not written: ${missing.join(", ")}.` : ""
    ];
    return parts.filter(Boolean).join(" ");
  }
  switch (outcome.failedIn) {
    case "upload":
      return destination?.kind === "layout" ? `Nothing was tagged in ${target}: its index.json was not changed.` : `No tag was written to ${target}. Blobs uploaded before the failure, if any, are not referenced by any tag; a re-run skips them.`;
    case "tag":
      return `No tag was written to ${target}. Every blob is in place, so a re-run uploads nothing again.`;
    default:
      return `Nothing was written to ${target}.`;
  }
}
function ghcrPackagePage(outcome, context) {
  const destination = outcome.destination;
  if (destination?.kind !== "registry" || !isGhcr(destination.reference.registry)) return;
  const [owner, ...rest] = destination.reference.repository.split("/");
  const [repoOwner, repoName] = context?.repository?.split("/") ?? [];
  if (!owner || rest.length === 0 || !repoOwner || !repoName) return;
  if (owner !== repoOwner.toLowerCase()) return;
  return `https://github.com/${repoOwner}/${repoName}/pkgs/container/${encodeURIComponent(rest.join("/"))}`;
}
function tagStatus(outcome, tag) {
  const elsewhere = outcome.tagsElsewhere.find((t) => t.tag === tag);
  if (elsewhere) return "points elsewhere (not this push)";
  const moved = outcome.tagsMoved?.find((t) => t.tag === tag);
  if (moved) return `written; moved from ${code(moved.from)}`;
  if (outcome.tagsWritten.includes(tag)) return "written";
  if (outcome.tagsUnchanged.includes(tag)) return "unchanged (already pointed here)";
  if (outcome.status === "packaged") return "not pushed (push: false)";
  return "not written";
}
function headerRow(...names) {
  return names.map((data) => ({ data, header: true }));
}
function code(text) {
  return `<code>${escapeHtml(text)}</code>`;
}
function formatSize(bytes) {
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = "";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return unit === "" ? `${bytes} bytes` : `${value.toFixed(1)} ${unit} (${bytes} bytes)`;
}
function escapeHtml(text) {
  return escapeMarkup(inertLine(text));
}
function escapeBlock(text) {
  return escapeMarkup(inertLines(text));
}
var MARKUP = /[&<>"'[\]!`*~|\\]/g;
var NAMED_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function escapeMarkup(text) {
  return text.replace(MARKUP, (char) => NAMED_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`);
}
function writeManySummary(outcomes, messages, runner) {
  const failed = outcomes.filter((o) => o.status === "failed").length;
  const planned = outcomes.every((o) => o.status === "planned");
  const title = planned ? `Sherpack: plans for ${outcomes.length} pack \xD7 destination (nothing written)` : failed === 0 ? `Sherpack: ${outcomes.length} pack \xD7 destination pushes done` : `Sherpack: ${failed} of ${outcomes.length} pack \xD7 destination pushes failed`;
  const rows = outcomes.map((outcome, index) => [
    code(outcome.pack?.metadata.name ?? "?"),
    escapeHtml(outcome.pack?.metadata.version ?? ""),
    code(outcome.destination?.display ?? "?"),
    outcome.manifest ? code(outcome.manifest.digest) : "",
    escapeHtml(outcome.status),
    escapeHtml(messages[index] ?? outcomeTags(outcome))
  ]);
  runner.appendSummary(
    heading(escapeHtml(title), 2) + table([
      headerRow("Pack", "Version", "Destination", "Digest", "Status", "Tags or error"),
      ...rows
    ])
  );
}
function outcomeTags(outcome) {
  const parts = [
    outcome.tagsWritten.length ? `written: ${outcome.tagsWritten.join(", ")}` : "",
    ...(outcome.tagsMoved ?? []).map((t) => `${t.tag} moved from ${t.from}`),
    outcome.tagsUnchanged.length ? `unchanged: ${outcome.tagsUnchanged.join(", ")}` : "",
    ...outcome.tagsElsewhere.map((t) => `${t.tag} \u2192 ${t.digest}`),
    outcome.signature ? `signature: ${outcome.signature.digest}` : ""
  ];
  return parts.filter(Boolean).join("; ");
}

// src/action/plan-report.ts
function reportPlan(outcomes, failOnRefused, runner) {
  const entries = planEntries(outcomes);
  runner.setOutput("plan", JSON.stringify(entries));
  const verdict = refusalVerdict(entries);
  if (verdict && failOnRefused) {
    runner.error(`${verdict} (fail-on-refused is true)`);
    process.exitCode = 1;
  }
  try {
    runner.appendSummary(renderPlan(entries, verdict));
  } catch (error) {
    runner.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function renderPlan(entries, verdict) {
  const counts = ["new", "unchanged", "moves", "refused"].map((action) => `${entries.filter((e) => e.action === action).length} ${action}`).join(", ");
  return heading("Sherpack push plan", 2) + paragraph(
    `Nothing was written: this is what a push would do, read from the registries now (${escapeHtml(counts)}).` + (verdict ? ` <strong>${escapeHtml(verdict)}.</strong>` : "")
  ) + table([
    headerRow("Pack", "Destination", "Tag", "Action", "Now", "After the push", "Why"),
    ...entries.map((entry) => [
      `${code(entry.pack)} ${escapeHtml(entry.version)}`,
      code(entry.destination),
      code(entry.tag),
      `<strong>${escapeHtml(entry.action)}</strong>`,
      entry.current === null ? "no tag" : code(entry.current),
      entry.action === "refused" ? "as now" : code(entry.digest),
      escapeHtml(entry.reason ?? "")
    ])
  ]);
}

// src/action/render.ts
import path from "node:path";

// src/action/github-advice.ts
var GHCR_DENIED = "On ghcr.io from a workflow: give the job `permissions: packages: write`, and if the package already exists, grant this repository write access in the package's settings (Manage Actions access).";
function withGitHubAdvice(error) {
  const advice = gitHubAdvice(error);
  return advice ? `${error.message.replace(/\.$/, "")}. ${advice}` : error.message;
}
function gitHubAdvice(error) {
  if (!(error instanceof RegistryError) || error.status !== 403) return void 0;
  return isGhcr(hostOf(error.url)) ? GHCR_DENIED : void 0;
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

// src/action/render.ts
function safeLine(text) {
  const escaped = inertLine(text);
  return /^\s*::/.test(escaped) ? `\u200B${escaped}` : escaped;
}
var ActionLog = class {
  constructor(runner, workspace) {
    this.runner = runner;
    this.workspace = workspace;
  }
  runner;
  workspace;
  open = false;
  phase;
  inJob = false;
  /** For the credential lookup, which logs where credentials came from (never what they are). */
  logger = {
    info: (message) => this.runner.info(safeLine(message)),
    warning: (message) => this.runner.warning(message),
    debug: (message) => this.runner.debug(message)
  };
  onEvent = (event) => {
    switch (event.type) {
      case "phase":
        this.startPhase(event.phase);
        return;
      case "info":
        this.runner.info(safeLine(event.message));
        return;
      case "debug":
        this.runner.debug(event.message);
        return;
      case "warning":
        this.runner.warning(
          event.message,
          annotationProperties(this.workspace, event.file, event.line)
        );
        return;
      case "progress":
        return;
      case "job":
        this.startJob(event.title);
        return;
    }
  };
  /** Several packs: one group per pack's work; its phases become lines inside it. */
  startJob(title) {
    this.end();
    this.runner.startGroup(title);
    this.open = true;
    this.inJob = true;
  }
  startPhase(phase) {
    if (this.inJob) {
      this.runner.info(`\u25B8 ${PHASE_TITLES[phase]}`);
      return;
    }
    if (this.open && this.phase === phase) return;
    this.end();
    this.phase = phase;
    this.runner.startGroup(PHASE_TITLES[phase]);
    this.open = true;
  }
  end() {
    if (this.open) this.runner.endGroup();
    this.open = false;
  }
};
function failureMessage(error, runner) {
  if (isUserError(error)) {
    const message2 = withGitHubAdvice(error);
    if (!error.suggest) return message2;
    return `${message2.replace(/\.$/, "")} (${suggestion(error.suggest)})`;
  }
  if (error instanceof Error && error.stack) runner.debug(error.stack);
  const message = error instanceof Error ? error.message : String(error);
  return `${message} (unexpected error in sherpack/push-action: please report it with the debug log)`;
}
function reportFailure(error, message, workspace, runner) {
  const file = isUserError(error) ? error.file : void 0;
  const line = isUserError(error) ? error.line : void 0;
  runner.error(message, annotationProperties(workspace, file, line));
  process.exitCode = 1;
}
function suggestion({ option, value }) {
  if (option === "credentials") {
    return "credentials come from the username and password inputs, SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD, or a docker/login-action login";
  }
  const input = INPUT_NAMES[option] ?? option;
  return value === void 0 ? `the ${input} input` : `${input}: ${value}`;
}
function annotationProperties(workspace, file, line) {
  const relative = workspaceRelative(workspace, file);
  return relative ? { file: relative, startLine: line } : {};
}
function workspaceRelative(workspace, file) {
  if (!file) return void 0;
  const relative = path.relative(workspace, path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join("/");
}

// src/action/outputs.ts
function outputValues(outcome) {
  const values = outcomeValues(outcome);
  if (!values) return void 0;
  return { ...values, metadata: JSON.stringify(outcomeMetadata(outcome)) };
}
function writeOutputs(outcome, runner) {
  const values = outputValues(outcome);
  if (!values) return;
  for (const [name, value] of Object.entries(values)) runner.setOutput(name, value);
  runner.info(`digest=${values.digest}`);
  runner.info(`ref=${values.ref}`);
}

// src/action/report.ts
function reportRun(outcomes, context, workspace, runner) {
  const [only] = outcomes;
  if (outcomes.length === 1 && only) {
    reportOne(only, context, workspace, runner);
    return;
  }
  const messages = outcomes.map(
    (outcome) => outcome.status === "failed" ? failureMessage(outcome.error, runner) : void 0
  );
  outcomes.forEach((outcome, index) => {
    const message = messages[index];
    if (message)
      reportFailure(outcome.error, `${outcomeName(outcome)}: ${message}`, workspace, runner);
  });
  runner.setOutput(
    "metadata",
    JSON.stringify(outcomes.map((outcome, i) => outcomeEntry(outcome, messages[i])))
  );
  runner.setOutput("digests", digestLines(outcomes).join("\n"));
  runner.setOutput("signature-digests", JSON.stringify(signatureDigests(outcomes)));
  const failed = messages.filter(Boolean).length;
  if (failed > 0) {
    runner.error(`${failed} of ${outcomes.length} pack \xD7 destination pushes failed (listed above)`);
    process.exitCode = 1;
  }
  guard(runner, () => writeManySummary(outcomes, messages, runner));
}
function reportOne(outcome, context, workspace, runner) {
  let errorMessage;
  if (outcome.status === "failed") {
    errorMessage = failureMessage(outcome.error, runner);
    reportFailure(outcome.error, errorMessage, workspace, runner);
  } else {
    writeOutputs(outcome, runner);
  }
  guard(runner, () => writeSummary({ outcome, errorMessage, context }, runner));
}
function digestLines(outcomes) {
  const lines2 = /* @__PURE__ */ new Set();
  for (const outcome of outcomes) {
    if (outcome.pack && outcome.manifest) {
      lines2.add(`${outcome.pack.metadata.name}=${outcome.manifest.digest}`);
    }
  }
  return [...lines2];
}
function guard(runner, write) {
  try {
    write();
  } catch (error) {
    runner.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

// src/action/request.ts
import os from "node:os";
function publishRequest(inputs, context, env) {
  return {
    paths: inputs.paths,
    baseDir: env.GITHUB_WORKSPACE || process.cwd(),
    destinations: inputs.destinations.length > 0 ? inputs.destinations : [defaultDestination(context)],
    tags: splitList(inputs.tags),
    annotations: parseAnnotations(
      inputs.annotations.split(/\r?\n/),
      (index) => `annotations input, line ${index + 1}`
    ),
    source: context,
    push: inputs.push,
    plan: inputs.plan,
    overwrite: inputs.overwrite,
    skipExisting: inputs.skipExisting,
    versionCheck: inputs.versionCheck,
    plainHttp: inputs.plainHttp,
    timeoutMs: inputs.timeoutMs,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    workDir: env.RUNNER_TEMP || os.tmpdir(),
    signing: signingRequest(inputs)
  };
}
function signingRequest(inputs) {
  if (!inputs.signingKey && inputs.publicKeys.length === 0) return void 0;
  const several = inputs.publicKeys.length > 1;
  return {
    ...inputs.signingKey ? { secretKey: { value: inputs.signingKey, shown: "the input signing-key" } } : {},
    ...inputs.signingKeyPassword ? { password: { value: inputs.signingKeyPassword, shown: "the input signing-key-password" } } : {},
    publicKeys: inputs.publicKeys.map((value, index) => ({
      value,
      shown: several ? `the input public-key (key ${index + 1})` : "the input public-key"
    }))
  };
}
function defaultDestination(context) {
  const owner = context.repositoryOwner ?? context.repository?.split("/")[0];
  if (!owner) {
    throw new InputError(
      "destination is not set and there is no GitHub context (GITHUB_REPOSITORY_OWNER) to derive oci://ghcr.io/<owner>/<pack name> from",
      {
        option: "destination",
        fix: "set destination, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out"
      }
    );
  }
  return `oci://ghcr.io/${owner.toLowerCase()}/`;
}

// src/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
var Runner = class {
  constructor(env, write = (text) => process.stdout.write(text)) {
    this.env = env;
    this.write = write;
  }
  env;
  write;
  /** An input as the runner passes it: INPUT_<NAME>, spaces as `_`, trimmed; '' when unset. */
  input(name) {
    return (this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  }
  command(name, data, properties = {}) {
    const props = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
    this.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(data)}${EOL}`);
  }
  // What the log shows is one line of inert text (control characters escaped visibly), so
  // that nothing a registry or a pack says can drive the viewer's terminal or split a message.
  /** A plain log line; the caller makes sure it cannot read as a command (render.safeLine). */
  info(line) {
    this.write(`${inertLine(line)}${EOL}`);
  }
  /** Debug lines may span lines (a bug's stack): escaped command data, shown only when debugging. */
  debug(message) {
    this.command("debug", inertLines(message));
  }
  warning(message, where = {}) {
    this.command("warning", inertLine(message), annotationProps(where));
  }
  error(message, where = {}) {
    this.command("error", inertLine(message), annotationProps(where));
  }
  mask(secret) {
    if (secret) this.command("add-mask", secret);
  }
  startGroup(title) {
    this.command("group", inertLine(title));
  }
  endGroup() {
    this.command("endgroup", "");
  }
  /** Appends `name<<DELIMITER` … to GITHUB_OUTPUT, with a delimiter the value cannot hold. */
  setOutput(name, value) {
    const file = this.env.GITHUB_OUTPUT;
    if (!file) {
      this.command("set-output", value, { name });
      return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(`the output ${name} holds its own heredoc delimiter`);
    }
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
  }
  /** Appends HTML to the job summary; false when the runner gave no summary file. */
  appendSummary(html) {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) return false;
    appendFileSync(file, html);
    return true;
  }
};
function annotationProps(where) {
  const props = {};
  if (where.file) props.file = where.file;
  if (where.startLine !== void 0) props.line = where.startLine;
  return props;
}

// src/main.ts
async function run(env = process.env) {
  const started = Date.now();
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const runner = new Runner(env);
  const log = new ActionLog(runner, workspace);
  let outcomes;
  let context;
  let inputs;
  try {
    log.startPhase("resolve");
    inputs = getInputs((name) => runner.input(name), env);
    for (const secret of [inputs.password, inputs.token, inputs.signingKeyPassword]) {
      runner.mask(secret);
    }
    for (const line of secretKeyLines(inputs.signingKey)) runner.mask(line);
    context = readGitContext(env);
    const request = publishRequest(inputs, context, env);
    sayInputsOk(runner, inputs, request.destinations);
    const [{ publish }, { resolveCredential }] = await Promise.all([
      import("./chunks/core-publish.js"),
      import("./chunks/credentials.js")
    ]);
    const sources = actionCredentialSources(inputs, env);
    const mask = (secret) => runner.mask(secret);
    const network = networkSettingsFromEnv(env, log.logger);
    if (network.proxy) maskProxyPasswords(network.proxy, mask);
    const deadline = started + inputs.timeoutMs;
    const result = await publish(request, {
      credentialFor: (registry, apiHost) => resolveCredential({ registry, apiHost }, sources, {
        logger: log.logger,
        mask,
        deadline
      }),
      mask,
      onEvent: log.onEvent,
      commitTime: async (dir) => (await import("./chunks/core-git.js")).gitCommitTime(dir),
      network
    });
    outcomes = result.outcomes;
  } catch (error) {
    outcomes = [failedOutcome(error, "resolve")];
  }
  log.end();
  reportRun(outcomes, context, workspace, runner);
  if (inputs?.plan) reportPlan(outcomes, inputs.failOnRefused, runner);
  await recordArtifacts(outcomes, env).then(
    (count) => {
      if (count > 0) runner.info(`Appended ${count} subject(s) to GITHUB_ARTIFACTS`);
    },
    (error) => runner.warning(
      `Could not append to GITHUB_ARTIFACTS (attestations will not find these subjects): ${messageOf(error)}`
    )
  );
}
function sayInputsOk(runner, inputs, destinations) {
  const shown = destinations.map(checkedDestination);
  const derived = inputs.destinations.length === 0 ? " (derived)" : "";
  const packageOnly = inputs.plan ? "; plan: true, so only read: nothing is written" : inputs.push ? "" : "; push: false, so only packaged: nothing is written";
  runner.info(
    safeLine(`Inputs OK: ${inputs.paths.join(", ")} \u2192 ${shown.join(", ")}${derived}${packageOnly}`)
  );
}
function maskProxyPasswords(proxy, mask) {
  for (const value of [proxy.httpProxy, proxy.httpsProxy]) {
    try {
      const password = value ? decodeURIComponent(new URL(value).password) : "";
      if (password) mask(password);
    } catch {
    }
  }
}

// src/index.ts
await run();
