import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/bounded-child.ts
import { spawn } from "node:child_process";
var ChildOverrun = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "ChildOverrun";
};
var DEFAULT_GRACE_MS = 2e3;
var DEFAULT_MAX_OUTPUT = 1 << 20;
var PIPE_GRACE_MS = 500;
function runBoundedChild(file, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["pipe", "pipe", "pipe"] });
    const maxOutput = options.maxOutput ?? DEFAULT_MAX_OUTPUT;
    const out = collect(child.stdout, maxOutput, () => overrun("output"));
    const err = collect(child.stderr, maxOutput, () => overrun("output"));
    let settled = false;
    let killTimer;
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      child.stdout.destroy();
      child.stderr.destroy();
      outcome();
    };
    let failure;
    const overrun = (reason) => {
      if (settled || failure) return;
      failure = new ChildOverrun(
        reason === "timeout" ? `gave no answer within ${seconds(options.timeoutMs)}` : `printed more than ${maxOutput} bytes`,
        reason
      );
      if (child.exitCode !== null || child.signalCode !== null) return answer(null);
      child.kill("SIGTERM");
      killTimer = setTimeout(() => {
        child.kill("SIGKILL");
        answer(null);
      }, options.graceMs ?? DEFAULT_GRACE_MS);
    };
    const timer = setTimeout(() => overrun("timeout"), options.timeoutMs);
    const answer = (code) => finish(
      () => failure ? reject(failure) : resolve({ exitCode: code ?? 128, stdout: out(), stderr: err() })
    );
    child.on("error", (error) => finish(() => reject(error)));
    child.on("close", answer);
    child.on("exit", (code) => {
      if (failure) return answer(code);
      setTimeout(() => answer(code), PIPE_GRACE_MS).unref();
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input ?? "");
  });
}
function collect(stream, max, tooMuch) {
  const chunks = [];
  let size = 0;
  stream.on("data", (chunk) => {
    size += chunk.length;
    if (size > max) return tooMuch();
    chunks.push(chunk);
  });
  return () => Buffer.concat(chunks).toString("utf8");
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}

export {
  ChildOverrun,
  runBoundedChild
};
