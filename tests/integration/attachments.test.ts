// Evidence attachments through the real routes, service and storage: only the request (cookies,
// headers) is faked. Files go to a data directory of this test's own; reports are Meizhou's and
// Beian's for 2022-12, a month no other test files.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { removeAttachmentAction } from "@/lib/attachments/actions";
import { listAttachments } from "@/lib/attachments/queries";
import { addAttachment } from "@/lib/attachments/service";
import * as audit from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { portalEnv, setPortalEnv } from "@/lib/env";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { MIME, htmlBytes, pdfBytes } from "../unit/fixtures/attachment-files";
import { as, context, download, signInAs, upload } from "./helpers/attachment-requests";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);

const PERIOD = "2022-12";
let storedDir = "";
const storedFiles = async () => (await readdir(storedDir).catch(() => [])).sort();

async function draft(username: string) {
  const { id: pointId, indicators } = await getPrisma().workPoint.findFirstOrThrow({
    where: { no: 11, plan: { year: 2022 } },
    select: { id: true, indicators: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
  });
  return saveReport(getPrisma(), await as(username), context(), {
    pointId,
    period: PERIOD,
    expectedVersion: null,
    narrative: { progress: "已完成选址", problems: "", nextSteps: "" },
    // Every figure filled (a report is not sent with one blank), each explained in case it is below October's.
    values: indicators.map(({ id }) => ({ indicatorId: id, value: 2, explanation: "测试数据" })),
  });
}

let meizhou = { reportId: 0, version: 0 };
let attachmentId = 0;

beforeAll(async () => {
  for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) delete process.env[name];
  setPortalEnv({ PORTAL_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "portal-attachments-")) });
  storedDir = path.join(portalEnv().dataDir, "attachments");
  meizhou = await draft("meizhou-reporter");
});

afterAll(() => rm(process.env.PORTAL_DATA_DIR!, { recursive: true, force: true }));

describe("evidence attachments", () => {
  it("lets the reporter upload a PDF, kept under the data directory with a random name and its sha256, and audited", async () => {
    await signInAs("meizhou-reporter");
    const response = await upload(meizhou.reportId, "进展材料.pdf", MIME.pdf, pdfBytes());
    expect(response.status).toBe(201);
    attachmentId = ((await response.json()) as { attachment: { id: number } }).attachment.id;
    const row = await getPrisma().attachment.findUniqueOrThrow({ where: { id: attachmentId } });
    expect(row).toMatchObject({
      reportId: meizhou.reportId,
      fileName: "进展材料.pdf",
      contentType: MIME.pdf,
      size: pdfBytes().byteLength,
      sha256: createHash("sha256").update(pdfBytes()).digest("hex"),
    });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(await readFile(path.join(storedDir, row.storageKey))).toEqual(Buffer.from(pdfBytes()));
    expect(path.resolve(storedDir).startsWith(path.resolve("public"))).toBe(false);
    expect(await readdir("public", { recursive: true })).not.toContain(row.storageKey);
    expect(
      await getPrisma().auditEvent.count({
        where: {
          action: "attachment.upload",
          result: "SUCCESS",
          objectId: String(attachmentId),
          username: "meizhou-reporter",
        },
      }),
    ).toBe(1);
    const listed = await listAttachments(getPrisma(), await as("meizhou-reporter"), {
      kind: "report",
      id: meizhou.reportId,
    });
    expect(listed.map((item) => [item.fileName, item.uploadedBy.displayName])).toEqual([
      ["进展材料.pdf", "湄洲岛填报员"],
    ]);
  });

  it("answers another county's reporter with not found, for upload, download, list and removal", async () => {
    await signInAs("beian-reporter");
    expect((await upload(meizhou.reportId, "别人的.pdf", MIME.pdf, pdfBytes())).status).toBe(404);
    expect((await download(attachmentId)).status).toBe(404);
    expect(
      await listAttachments(getPrisma(), await as("beian-reporter"), { kind: "report", id: meizhou.reportId }),
    ).toEqual([]);
    expect(await removeAttachmentAction({ id: attachmentId })).toEqual({ ok: false, message: "附件不存在。" });
    expect(await getPrisma().attachment.count({ where: { reportId: meizhou.reportId, deletedAt: null } })).toBe(1);
    expect(
      await getPrisma().auditEvent.count({
        where: {
          action: "attachment.download",
          result: "DENIED",
          objectId: String(attachmentId),
          username: "beian-reporter",
        },
      }),
    ).toBe(1);
  });

  it("lets the lead department download once the report was submitted, not before, and audits each download", async () => {
    await signInAs("dept-yanglao");
    expect((await download(attachmentId)).status).toBe(404);
    const sent = await transitionReport(getPrisma(), await as("meizhou-reporter"), context(), {
      reportId: meizhou.reportId,
      step: "sendForSignoff",
      expectedVersion: meizhou.version,
      reason: "",
    });
    await transitionReport(getPrisma(), await as("meizhou-approver"), context(), {
      reportId: meizhou.reportId,
      step: "sign",
      expectedVersion: sent.version,
      reason: "",
    });
    const requestId = randomUUID();
    const response = await download(attachmentId, requestId);
    expect(response.status).toBe(200);
    expect(
      Object.fromEntries(
        ["content-type", "content-disposition", "x-content-type-options", "cache-control"].map((name) => [
          name,
          response.headers.get(name),
        ]),
      ),
    ).toEqual({
      "content-type": MIME.pdf,
      "content-disposition": `attachment; filename="attachment-${attachmentId}.pdf"; filename*=UTF-8''%E8%BF%9B%E5%B1%95%E6%9D%90%E6%96%99.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes());
    expect(
      await getPrisma().auditEvent.findFirstOrThrow({
        where: { requestId },
        select: { action: true, result: true, username: true, objectId: true },
      }),
    ).toEqual({
      action: "attachment.download",
      result: "SUCCESS",
      username: "dept-yanglao",
      objectId: String(attachmentId),
    });
    await signInAs("dept-ertong");
    expect((await download(attachmentId)).status).toBe(404);
  });

  it("refuses changes once the report has left the reporter's hands", async () => {
    await signInAs("meizhou-reporter");
    const response = await upload(meizhou.reportId, "补充.pdf", MIME.pdf, pdfBytes());
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ detail: "报告当前为“已报送”,不能保存草稿。" });
    expect((await removeAttachmentAction({ id: attachmentId })).ok).toBe(false);
    expect(await getPrisma().attachment.count({ where: { reportId: meizhou.reportId, deletedAt: null } })).toBe(1);
  });

  it("refuses another origin (403), no session (401) and an HTML page named .pdf, storing nothing", async () => {
    const beian = await draft("beian-reporter");
    const before = await storedFiles();
    await signInAs("beian-reporter");
    expect(
      (await upload(beian.reportId, "a.pdf", MIME.pdf, pdfBytes(), { origin: "https://evil.example" })).status,
    ).toBe(403);
    expect((await upload(beian.reportId, "a.pdf", MIME.pdf, pdfBytes(), {})).status).toBe(403);
    const mislabelled = await upload(beian.reportId, "通知.pdf", MIME.pdf, htmlBytes());
    expect(mislabelled.status).toBe(400);
    expect(((await mislabelled.json()) as { detail: string }).detail).toContain("文件“通知.pdf”的内容不是 PDF 文件");
    await signInAs(null);
    const anonymous = await upload(beian.reportId, "a.pdf", MIME.pdf, pdfBytes());
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
    expect(await getPrisma().attachment.count({ where: { reportId: beian.reportId } })).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it("leaves no orphan file and no row when recording fails after the file was stored", async () => {
    const { id: reportId } = await getPrisma().report.findFirstOrThrow({
      where: { unit: { code: "beian" }, period: PERIOD },
      select: { id: true },
    });
    const before = await storedFiles();
    const spy = vi.spyOn(audit, "recordAudit").mockRejectedValueOnce(new Error("injected failure"));
    await expect(
      addAttachment(getPrisma(), await as("beian-reporter"), context(), {
        owner: { kind: "report", id: reportId },
        fileName: "台账.pdf",
        contentType: MIME.pdf,
        bytes: pdfBytes(),
      }),
    ).rejects.toThrow("injected failure");
    spy.mockRestore();
    expect(await getPrisma().attachment.count({ where: { reportId } })).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it("answers 503 in Chinese and records nothing when the storage cannot be written (a file where its folder was)", async () => {
    const { id: reportId } = await getPrisma().report.findFirstOrThrow({
      where: { unit: { code: "beian" }, period: PERIOD },
      select: { id: true },
    });
    await signInAs("beian-reporter");
    const aside = `${storedDir}.aside`;
    await rename(storedDir, aside);
    await writeFile(storedDir, "not a folder");
    try {
      const response = await upload(reportId, "盘满.pdf", MIME.pdf, pdfBytes());
      expect(response.status).toBe(503);
      expect(((await response.json()) as { detail: string }).detail).toContain("附件存储暂时无法写入");
      expect(await getPrisma().attachment.count({ where: { reportId } })).toBe(0);
    } finally {
      await rm(storedDir, { force: true });
      await rename(aside, storedDir);
    }
  });

  it("removes an attachment softly: no longer listed or downloadable, the removal audited", async () => {
    const { id: reportId } = await getPrisma().report.findFirstOrThrow({
      where: { unit: { code: "beian" }, period: PERIOD },
      select: { id: true },
    });
    const added = await addAttachment(getPrisma(), await as("beian-reporter"), context(), {
      owner: { kind: "report", id: reportId },
      fileName: "现场.pdf",
      contentType: MIME.pdf,
      bytes: pdfBytes(),
    });
    await signInAs("beian-reporter");
    expect(await removeAttachmentAction({ id: added.id })).toEqual({ ok: true, data: { removed: true } });
    expect((await getPrisma().attachment.findUniqueOrThrow({ where: { id: added.id } })).deletedAt).not.toBeNull();
    expect(await listAttachments(getPrisma(), await as("beian-reporter"), { kind: "report", id: reportId })).toEqual(
      [],
    );
    expect((await download(added.id)).status).toBe(404);
    expect(
      await getPrisma().auditEvent.count({
        where: { action: "attachment.remove", objectId: String(added.id), username: "beian-reporter" },
      }),
    ).toBe(1);
  });

  it("keeps exactly one owner per attachment (the database refuses none or two)", async () => {
    const { id: reportId } = await getPrisma().report.findFirstOrThrow({
      where: { unit: { code: "beian" }, period: PERIOD },
      select: { id: true },
    });
    const { id: uploadedById } = await getPrisma().user.findUniqueOrThrow({ where: { username: "beian-reporter" } });
    const row = { fileName: "x.pdf", contentType: MIME.pdf, size: 1, sha256: "0", uploadedById, createdAt: new Date() };
    await expect(getPrisma().attachment.create({ data: { ...row, storageKey: randomUUID() } })).rejects.toThrow(
      /Attachment_one_owner/,
    );
    await expect(
      getPrisma().attachment.create({ data: { ...row, storageKey: randomUUID(), reportId, noticeId: 1 } }),
    ).rejects.toThrow();
  });
});
