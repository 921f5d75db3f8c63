// 12 高峰中备份: a backup (lib/backup, the code of npm run backup) taken while departments approve
// county reports, restored into a new database: the restore's own proof (manifest counts, audit
// chain, evidence checksums) holds and the suite's invariants hold on the copy, i.e. the snapshot
// is consistent. A second backup once the writes stop is restored and compared with the live
// database table by table, and the reports row by row.
import path from "node:path";
import pg from "pg";
import { fileSystemStorage } from "../../../lib/attachments/storage";
import { restoreBackup } from "../../../lib/backup/restore-backup";
import { takeBackup } from "../../../lib/backup/take-backup";
import { createPrismaClient } from "../../../lib/db";
import { signInAs } from "../accounts";
import { FAULTS_DATA_DIR, FAULTS_PERIOD, type FaultContext, type Scenario } from "../context";
import { checkInvariants } from "../invariants";
import { runLimited } from "../latency";
import { SubmissionLedger } from "../ledger";
import type { Tally } from "../tally";

const root = path.resolve(FAULTS_DATA_DIR);
const REPORTS_DIGEST = `SELECT count(*)::int AS n, md5(string_agg(id || ':' || state || ':' || version, ',' ORDER BY id)) AS digest FROM "Report"`;

async function approveWaiting(context: FaultContext, tally: Tally): Promise<number> {
  const waiting = await context.db.report.findMany({
    where: { period: FAULTS_PERIOD, state: "SUBMITTED", unit: { kind: "COUNTY" } },
    select: {
      id: true,
      version: true,
      point: {
        select: {
          leadUnit: {
            select: { users: { where: { role: "DEPARTMENT", isDemo: true }, select: { username: true }, take: 1 } },
          },
        },
      },
    },
  });
  const clients = new Map<string, Awaited<ReturnType<typeof signInAs>>>();
  for (const username of new Set(waiting.map((report) => report.point.leadUnit.users[0]?.username).filter(Boolean)))
    clients.set(username, await signInAs(context, username, tally));
  let approved = 0;
  await runLimited(waiting, 4, async (report) => {
    const client = clients.get(report.point.leadUnit.users[0]?.username ?? "");
    if (!client) return;
    const answer = await client.postJson(`/api/v1/reports/${report.id}/steps`, {
      step: "approve",
      expectedVersion: report.version,
      reason: "",
    });
    if (answer.status !== 200) return;
    context.ledger.record(report.id, "approve", (answer.body as { version: number }).version);
    approved += 1;
  });
  return approved;
}

/** A new, empty database on the suite's server, for a restore. */
async function freshDatabase(context: FaultContext, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: context.databaseUrl.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return context.databaseUrl.replace(/\/[^/]+$/, `/${name}`);
}

async function backupAndRestore(context: FaultContext, name: string) {
  const backup = await takeBackup({
    databaseUrl: context.databaseUrl,
    storage: fileSystemStorage(path.join(root, "portal", "attachments")),
    outDir: path.join(root, "backups"),
    now: new Date(),
  });
  const url = await freshDatabase(context, name);
  const summary = await restoreBackup({
    archive: backup.file,
    databaseUrl: url,
    storage: fileSystemStorage(path.join(root, `${name}-attachments`)),
  });
  return { backup, summary, url };
}

export const backupUnderBurst: Scenario = {
  name: "12 高峰中备份与恢复",
  async run(context, tally) {
    const approving = approveWaiting(context, tally);
    const during = await backupAndRestore(context, "faults_restored_during");
    const approved = await approving;
    tally.check(
      during.summary.ok,
      `高峰中的备份恢复未通过自检: 审计 ${during.summary.audit.ok}, 证据不符 ${during.summary.evidence.mismatched.length}`,
    );
    const copy = createPrismaClient(during.url);
    try {
      const broken = (await checkInvariants(copy, new SubmissionLedger())).filter((result) => result.broken);
      tally.check(broken.length === 0, `恢复出的库不一致: ${broken.map((b) => `${b.name} (${b.detail})`).join("; ")}`);
    } finally {
      await copy.$disconnect();
    }

    const quiet = await backupAndRestore(context, "faults_restored_after");
    tally.check(quiet.summary.ok, "高峰后的备份恢复未通过自检");
    const live = new pg.Client({ connectionString: context.databaseUrl });
    const restored = new pg.Client({ connectionString: quiet.url });
    await Promise.all([live.connect(), restored.connect()]);
    try {
      const differing: string[] = [];
      for (const table of quiet.backup.manifest.tables) {
        const sql = `SELECT count(*)::int AS n FROM "${table.name}"`;
        const [a, b] = await Promise.all([live.query(sql), restored.query(sql)]);
        if (a.rows[0].n !== b.rows[0].n) differing.push(`${table.name} ${a.rows[0].n}≠${b.rows[0].n}`);
      }
      tally.check(differing.length === 0, `恢复后与原库行数不同: ${differing.join(", ")}`);
      const [a, b] = await Promise.all([live.query(REPORTS_DIGEST), restored.query(REPORTS_DIGEST)]);
      tally.check(a.rows[0].digest === b.rows[0].digest, "恢复后的报告(编号、状态、版本)与原库不同");
      tally.notes.push(
        `备份时审核 ${approved} 份; 高峰中备份 ${(during.backup.bytes / 1024).toFixed(0)} KB 恢复自检通过, 不变量成立; 高峰后备份 ${quiet.backup.manifest.tables.length} 张表行数与原库相同, ${a.rows[0].n} 份报告逐行相同`,
      );
    } finally {
      await Promise.all([live.end(), restored.end()]);
    }
  },
};
