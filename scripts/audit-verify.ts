// npm run audit:verify    Checks the audit trail's hash chain: the result on stdout, exit code 0
// when intact, 1 when a row was altered or removed.
import { getPrisma } from "../lib/db";
import { UserError } from "../lib/errors";
import { verifyAuditChain } from "../lib/audit/verify-chain";
import { runWithDatabase } from "./run-with-database";

runWithDatabase(async () => {
  const verdict = await verifyAuditChain(getPrisma());
  if (verdict.ok) {
    process.stdout.write(`审计日志完整:共校验 ${verdict.rows} 条记录,哈希链未发现改动或删除。\n`);
    return;
  }
  process.stdout.write(
    `审计日志校验未通过:${verdict.reason}。第一处断裂在编号 ${verdict.firstBrokenId} 的记录,此前 ${verdict.rows - 1} 条记录完好。\n`,
  );
  // Thrown rather than process.exitCode, which the embedded server's exit hook resets: runWithDatabase
  // closes the database, reports this on stderr and exits 1.
  throw new UserError("审计日志已被改动,请保全数据库并报告安全管理员。");
});
