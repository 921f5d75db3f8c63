// The invariants the fault suite checks after every scenario: the same SQL each time, so a scenario
// that left the database half-written is named by the first check it breaks. Demo history is
// bulk-written without workflow events or audit rows, so the per-report checks look at reports the
// portal itself wrote (isDemo = false).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { verifyAuditChain } from "../../lib/audit/verify-chain";
import type { SubmissionLedger } from "./ledger";

export type InvariantResult = { name: string; broken: number; detail: string };

type Check = { name: string; sql: string };

const CHECKS: Check[] = [
  {
    name: "已审核报告有数值与审计记录",
    sql: `SELECT r.id FROM "Report" r
      WHERE r.state = 'APPROVED' AND NOT r."isDemo" AND (
        NOT EXISTS (SELECT 1 FROM "ReportValue" v WHERE v."reportId" = r.id)
        OR NOT EXISTS (SELECT 1 FROM "ReportEvent" e WHERE e."reportId" = r.id AND e.action = 'approve')
        OR NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."objectType" = 'Report'
                         AND a."objectId" = r.id::text AND a.action = 'report.approve'))`,
  },
  {
    name: "每份报告只有一个未结修订",
    // The revision the row names is the only open one: no event of a later revision, and one
    // reopening per revision beyond the first.
    sql: `SELECT r.id FROM "Report" r
      WHERE NOT r."isDemo" AND (
        EXISTS (SELECT 1 FROM "ReportEvent" e WHERE e."reportId" = r.id AND e.revision > r.revision)
        OR (SELECT count(*) FROM "ReportEvent" e WHERE e."reportId" = r.id AND e.action = 'reopen') <> r.revision - 1)`,
  },
  {
    name: "分解到县区的配额之和等于市级目标",
    sql: `SELECT i.id FROM "Indicator" i JOIN "Quota" q ON q."indicatorId" = i.id
      WHERE i."quotaMode" = 'SPLIT' AND i."quotaGapReason" = '' AND i."retiredAt" IS NULL
      GROUP BY i.id, i.target HAVING sum(q.target) <> i.target`,
  },
  {
    name: "没有重复的报送",
    // The same step twice in a row on one report is a double submission (a resubmission always
    // has a return, send-back or reopening between).
    sql: `SELECT "reportId" FROM (
        SELECT e."reportId", e.action, lag(e.action) OVER (PARTITION BY e."reportId" ORDER BY e.id) AS previous
        FROM "ReportEvent" e JOIN "Report" r ON r.id = e."reportId"
        WHERE NOT r."isDemo" AND e.action IN ('sendForSignoff', 'sign', 'submit', 'approve')) steps
      WHERE action = previous`,
  },
  {
    name: "报告状态与最后一步一致",
    sql: `SELECT r.id FROM "Report" r
      JOIN LATERAL (SELECT "toState" FROM "ReportEvent" e WHERE e."reportId" = r.id ORDER BY id DESC LIMIT 1) last ON true
      WHERE NOT r."isDemo" AND last."toState" <> r.state`,
  },
];

/** Runs every check; the ledger adds "no lost submission" (what got 200 is in the database). */
export async function checkInvariants(db: PrismaClient, ledger: SubmissionLedger): Promise<InvariantResult[]> {
  const results: InvariantResult[] = [];
  for (const check of CHECKS) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(check.sql);
    const ids = rows.map((row) => String(Object.values(row)[0]));
    results.push({ name: check.name, broken: ids.length, detail: ids.slice(0, 5).join(", ") });
  }
  const chain = await verifyAuditChain(db);
  results.push({ name: "审计哈希链完整", broken: chain.ok ? 0 : 1, detail: chain.ok ? "" : chain.reason });
  const lost = await ledger.findLost(db);
  results.push({ name: "报送 200 的都在库中", broken: lost.length, detail: lost.slice(0, 5).join(", ") });
  return results;
}
