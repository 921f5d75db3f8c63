// The audit trail against the real database. Other files write audit rows into the same database,
// so every test finds its own rows by a unique request id or username, and any row tampered with
// is put back exactly as it was, leaving an intact chain for whoever runs next.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/audit/export/route";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { listAuditPage } from "@/lib/audit/queries";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashApiToken } from "@/lib/auth/api-token-hash";
import { DEMO_LEADER_TOKEN } from "@/lib/seed/demo-accounts";
import { NODE_SCRIPT_FLAGS } from "@/scripts/node-script-flags";

const REFUSAL = "审计日志只允许追加,不能修改或删除";
const db = () => getPrisma();
const tag = () => randomUUID();
let auditorId = 0;
const actor = (username = "auditor"): AuditActor => ({
  userId: auditorId,
  username,
  role: "AUDITOR",
  unitCode: "city",
});

beforeAll(async () => {
  auditorId = (await db().user.findUniqueOrThrow({ where: { username: "auditor" }, select: { id: true } })).id;
});

async function writeRows(count: number, requestId: string, username = "auditor") {
  for (let n = 0; n < count; n++) {
    await recordAudit(db(), {
      actor: actor(username),
      action: "test.audit-trail",
      result: "SUCCESS",
      objectId: n,
      after: { n, 名称: "长者食堂" },
      context: { clientAddress: "10.1.2.3", requestId },
    });
  }
  return db().auditEvent.findMany({
    where: { requestId },
    orderBy: { id: "asc" },
    select: { id: true, prevHash: true, hash: true, detail: true },
  });
}

/** npm run audit:verify, on the tier's database. */
async function auditVerifyCommand(): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const run = promisify(execFile);
  const env = { ...base, DATABASE_URL: inject("databaseUrl") };
  return run(process.execPath, [...NODE_SCRIPT_FLAGS, "scripts/audit-verify.ts"], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

/** Runs a statement the triggers must refuse; rolls it back regardless, so a missing trigger cannot wipe the shared table. */
async function refusal(statement: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<string> {
  const allowed = new Error("the statement was allowed");
  try {
    await db().$transaction(async (tx) => {
      await statement(tx);
      throw allowed;
    });
  } catch (error) {
    return error === allowed ? "allowed" : String(error);
  }
  return "allowed";
}

/** Tampering, as only someone with the table owner's rights could: with the refusal trigger off. */
async function withUpdateTriggerDisabled(run: () => Promise<unknown>): Promise<void> {
  await db().$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`;
  try {
    await run();
  } finally {
    await db().$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update`;
  }
}

describe("the hash-chained audit trail", () => {
  it("chains each new row to the one before it", async () => {
    const rows = await writeRows(3, tag());
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[1].prevHash).toBe(rows[0].hash);
    expect(rows[2].prevHash).toBe(rows[1].hash);
    const before = await db().auditEvent.findFirst({
      where: { id: { lt: rows[0].id } },
      orderBy: { id: "desc" },
      select: { hash: true },
    });
    expect(rows[0].prevHash).toBe(before?.hash ?? "GENESIS");
  });

  it("verifies the whole intact table, in the library and with npm run audit:verify", async () => {
    await writeRows(1, tag());
    const rows = await db().auditEvent.count();
    expect(await verifyAuditChain(db())).toEqual({ ok: true, rows });
    expect(await auditVerifyCommand()).toMatchObject({
      code: 0,
      stdout: `审计日志完整:共校验 ${rows} 条记录,哈希链未发现改动或删除。\n`,
    });
  });

  it("refuses UPDATE, DELETE and TRUNCATE with the trigger's message", async () => {
    const [row] = await writeRows(1, tag());
    expect(
      await refusal((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET detail = 'changed' WHERE id = ${row.id}`),
    ).toContain(REFUSAL);
    expect(await refusal((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${row.id}`)).toContain(REFUSAL);
    expect(await refusal((tx) => tx.$executeRaw`TRUNCATE "AuditEvent"`)).toContain(REFUSAL);
    expect(
      await refusal((tx) => tx.auditEvent.update({ where: { id: row.id }, data: { result: "FAILURE" } })),
    ).toContain(REFUSAL);
    expect(await db().auditEvent.findUnique({ where: { id: row.id }, select: { hash: true, detail: true } })).toEqual({
      hash: row.hash,
      detail: null,
    });
  });

  it("names exactly the row whose content was altered, and is intact again once it is restored", async () => {
    const rows = await writeRows(3, tag());
    const target = rows[1];
    try {
      await withUpdateTriggerDisabled(
        () => db().$executeRaw`UPDATE "AuditEvent" SET detail = '金额已改' WHERE id = ${target.id}`,
      );
      const verdict = await verifyAuditChain(db());
      expect(verdict).toMatchObject({ ok: false, firstBrokenId: target.id });
      expect(verdict.ok === false && verdict.reason).toMatch(/^第 \d+ 行\(编号 \d+\)内容被改动,哈希不符$/);
      const command = await auditVerifyCommand();
      expect(command.stdout).toContain(
        `审计日志校验未通过:第 ${verdict.rows} 行(编号 ${target.id})内容被改动,哈希不符。第一处断裂在编号 ${target.id} 的记录`,
      );
      expect(command.code).toBe(1);
      expect(command.stderr).toContain("审计日志已被改动");
    } finally {
      await withUpdateTriggerDisabled(
        () => db().$executeRaw`UPDATE "AuditEvent" SET detail = ${target.detail} WHERE id = ${target.id}`,
      );
    }
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("names the row after a deleted one, and is intact again once the row is put back", async () => {
    const rows = await writeRows(3, tag());
    const [saved] = await db().$queryRaw<
      { row: unknown }[]
    >`SELECT to_jsonb(e) AS row FROM "AuditEvent" e WHERE id = ${rows[1].id}`;
    try {
      await withUpdateTriggerDisabled(() => db().$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${rows[1].id}`);
      const verdict = await verifyAuditChain(db());
      expect(verdict).toMatchObject({ ok: false, firstBrokenId: rows[2].id });
      expect(verdict.ok === false && verdict.reason).toContain("的前序哈希与上一行不符(可能有行被删除)");
    } finally {
      // The insert trigger would give the row a new id, time and hash; put back the original as it was.
      await db().$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_chain`;
      try {
        await db()
          .$executeRaw`INSERT INTO "AuditEvent" SELECT * FROM jsonb_populate_record(NULL::"AuditEvent", ${JSON.stringify(saved.row)}::jsonb) ON CONFLICT (id) DO NOTHING`;
      } finally {
        await db().$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_chain`;
      }
    }
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("keeps the chain intact when many transactions insert at once", async () => {
    const requestId = tag();
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        db().$transaction(async (tx) => {
          await recordAudit(tx, {
            actor: actor(),
            action: "test.concurrent",
            result: "SUCCESS",
            objectId: n,
            context: { clientAddress: "10.9.9.9", requestId },
          });
          // Hold the chain's lock a moment, so the other transactions really do wait on it.
          await tx.$executeRaw`SELECT pg_sleep(0.01)`;
        }),
      ),
    );
    const rows = await db().auditEvent.findMany({
      where: { requestId },
      orderBy: { id: "asc" },
      select: { prevHash: true, hash: true },
    });
    expect(rows).toHaveLength(20);
    for (let n = 1; n < rows.length; n++) expect(rows[n].prevHash).toBe(rows[n - 1].hash);
    expect(new Set(rows.map((row) => row.prevHash)).size).toBe(20);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});

describe("the auditor's page and export", () => {
  const username = `probe-${tag().slice(0, 8)}`;
  const requestId = tag();
  let auditorToken = "";
  let tokenId = 0;

  beforeAll(async () => {
    await writeRows(55, requestId, username);
    auditorToken = `ptk_test_${tag()}`;
    tokenId = (
      await db().apiToken.create({
        data: {
          userId: auditorId,
          name: "审计测试",
          tokenHash: hashApiToken(auditorToken),
          prefix: auditorToken.slice(0, 12),
        },
      })
    ).id;
  });

  afterAll(async () => {
    await db().apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
  });

  it("pages 50 rows at a time, newest first, forwards and back", async () => {
    const first = await listAuditPage({ user: username }, null);
    expect(first.total).toBe(55);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].objectId).toBe("54");
    expect(first.newer).toBeNull();
    const second = await listAuditPage({ user: username }, first.older);
    expect(second.rows.map((row) => row.objectId)).toEqual(["4", "3", "2", "1", "0"]);
    expect(second.older).toBeNull();
    const back = await listAuditPage({ user: username }, second.newer);
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
  });

  it("exports the filtered rows as an xlsx file and audits the export", async () => {
    const exportRequestId = tag();
    const request = new Request(`http://portal.test/api/v1/audit/export?user=${username}&result=SUCCESS&from=bad`, {
      headers: {
        authorization: `Bearer ${auditorToken}`,
        "x-request-id": exportRequestId,
        "x-portal-client-address": "10.20.30.40",
      },
    });
    const response = await exportRoute(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-\d{8}-\d{6}\.xlsx"; filename\*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97-\d{8}-\d{6}\.xlsx$/,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("审计日志")!;
    expect(String(sheet.getCell("A1").value)).toMatch(
      new RegExp(`^审计日志导出 用户 ${username} · 结果 成功 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$`),
    );
    expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual(["编号", "时间(北京时间)", "用户"]);
    expect(sheet.rowCount).toBe(2 + 55);
    expect(sheet.getRow(3).getCell(3).value).toBe(username);
    expect(sheet.getRow(3).getCell(12).value).toBe(JSON.stringify({ n: 54, 名称: "长者食堂" }));

    const audit = await db().auditEvent.findFirstOrThrow({
      where: { requestId: exportRequestId },
      select: { action: true, result: true, username: true, clientAddress: true, detail: true },
    });
    expect(audit).toMatchObject({
      action: "audit.export",
      result: "SUCCESS",
      username: "auditor",
      clientAddress: "10.20.30.40",
    });
    expect(JSON.parse(audit.detail!)).toEqual({
      filters: { user: username, result: "SUCCESS" },
      rows: 55,
      capped: false,
    });
  });

  it("says in the title when the export was capped", async () => {
    const file = await exportAuditLog({
      filters: { user: username },
      actor: actor(),
      context: { clientAddress: "10.0.0.1", requestId: tag() },
      limit: 10,
    });
    expect(file).toMatchObject({ rows: 10, capped: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(file.body).buffer);
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getCell("A1").value)).toContain("(超过 10 条,仅导出最新的 10 条,请缩小筛选范围)");
    expect(sheet.rowCount).toBe(12);
  });

  it("answers an unknown token with JSON 401 and a role without the right with 404", async () => {
    const unknown = await exportRoute(
      new Request("http://portal.test/api/v1/audit/export", { headers: { authorization: "Bearer ptk_nobody" } }),
      { params: Promise.resolve({}) },
    );
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ status: 401, detail: "未登录、登录已失效或令牌无效。" });
    const leader = await exportRoute(
      new Request("http://portal.test/api/v1/audit/export", {
        headers: { authorization: `Bearer ${DEMO_LEADER_TOKEN}` },
      }),
      { params: Promise.resolve({}) },
    );
    expect(leader.status).toBe(404);
  });
});
