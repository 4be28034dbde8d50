// `npm test`: every suite in turn (type check, data validation, unit, build, browser), then one
// summary line `N passed, N failed` over all of them. A suite that cannot run counts as failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status === 0;
}

function check(name, ok) {
  totals[ok ? "passed" : "failed"]++;
  console.log(`${ok ? "ok" : "FAILED"}: ${name}`);
  return ok;
}

/** Adds a JSON report's counts; a missing report means the suite crashed. */
function count(name, report, ok, read) {
  if (!existsSync(report)) return check(`${name} (no report)`, false);
  const c = read(JSON.parse(readFileSync(report, "utf8")));
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  if (!ok && c.failed === 0) check(`${name} exited with an error`, false);
}

check("type check", run("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]));
check("shipped datasets validate", run("npx", ["tsx", "src/cli/validate.ts"]));

rmSync("test-results/unit.json", { force: true });
const unitOk = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"]);
count("unit tests", "test-results/unit.json", unitOk, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
}));

if (check("build", run("npx", ["vite", "build"]))) {
  rmSync("test-results/browser.json", { force: true });
  const browserOk = run("npx", ["playwright", "test"]);
  count("browser tests", "test-results/browser.json", browserOk, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  }));
  reportFlaky("test-results/browser.json");
}

/** Names the browser tests that failed first and passed on retry, so flakiness is seen, not hidden. */
function reportFlaky(file) {
  if (!existsSync(file)) return;
  const flaky = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests) if (t.status === "flaky") flaky.push(`${spec.file}: ${spec.title}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of JSON.parse(readFileSync(file, "utf8")).suites) walk(suite);
  if (flaky.length) console.log(`flaky (failed, then passed on retry): ${flaky.length}\n${flaky.map((f) => `  ${f}`).join("\n")}`);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
