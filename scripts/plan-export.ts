// npm run -s plan:export -- --year 2022    (JSON on stdout, messages on stderr)
import { parseArgs } from "node:util";
import { UserError } from "../lib/errors";
import { exportPlan } from "../lib/plans/export-plan";
import { parseYear } from "../lib/plans/params";
import { runWithDatabase } from "./run-with-database";

const { values } = parseArgs({ options: { year: { type: "string" } } });
const year = parseYear(values.year ?? "");

runWithDatabase(async () => {
  if (year === null) throw new UserError("用法: npm run -s plan:export -- --year 2022");
  const plan = await exportPlan(year);
  if (!plan) throw new UserError(`数据库中没有${year}年的工作要点。演示数据由 npm run demo 首次启动时写入。`);
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
});
