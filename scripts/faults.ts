// npm run faults [-- --short]   Issue 12 §4: the fault and load suite. Starts its own PostgreSQL
// and a demo portal (port 3500, data under ./data-faults, the production build in .next-test),
// drives the real HTTP path through twelve scenarios, checks the same invariants after each and
// prints scenario | requests | errors | invariant | verdict. Exit 1 on any failure. --short is
// the CI run: the same scenarios with a smaller burst.
import { formatTable } from "./faults/print-table";
import { runScenarios, stopAll } from "./faults/runner";
import { SCENARIOS } from "./faults/scenarios";

const short = process.argv.includes("--short");
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n收到 ${signal},正在停止门户与数据库…`);
    void stopAll().finally(() => process.exit(130));
  });

async function main(): Promise<number> {
  const started = Date.now();
  const chosen = only ? SCENARIOS.filter((scenario) => only.includes(scenario.name.split(" ")[0])) : SCENARIOS;
  try {
    const rows = await runScenarios(chosen, short);
    console.log(`\n故障与压力测试${short ? " (短版)" : ""}: ${((Date.now() - started) / 1000).toFixed(0)} 秒\n`);
    console.log(formatTable(rows));
    return rows.every((row) => row.verdict === "通过") ? 0 : 1;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  async (error: Error) => {
    if (interrupted) return;
    console.error(`\n故障测试出错: ${error.stack ?? error.message}`);
    await stopAll();
    process.exit(1);
  },
);
