// 6 存储不可写: the evidence folder is replaced by a file while a reporter uploads (the suite runs
// as root in CI, where chmod stops nothing). The upload answers 503 with a Chinese message, no
// attachment row or audit row is written; with the folder back, the same upload succeeds and its
// file is where its row says.
import { existsSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { signInAs } from "../accounts";
import { FAULTS_DATA_DIR, FAULTS_PERIOD, type Scenario } from "../context";
import type { PortalClient } from "../http";

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

const upload = (client: PortalClient, reportId: number, expected: number[]) => {
  const form = new FormData();
  form.set("reportId", String(reportId));
  form.set("file", new Blob([PDF], { type: "application/pdf" }), "现场照片说明.pdf");
  return client.send("/api/v1/attachments", { method: "POST", body: form }, expected);
};

export const storageUnwritable: Scenario = {
  name: "6 存储不可写时上传",
  async run(context, tally) {
    const report = await context.db.report.findFirstOrThrow({
      where: { unit: { code: "meizhou" }, period: FAULTS_PERIOD, state: { in: ["DRAFT", "RETURNED"] } },
      select: { id: true },
    });
    const reporter = await signInAs(context, "meizhou-reporter", tally);
    const folder = path.resolve(FAULTS_DATA_DIR, "portal", "attachments");
    const aside = `${folder}.aside`;
    const rows = () => context.db.attachment.count({ where: { reportId: report.id } });
    const audits = () => context.db.auditEvent.count({ where: { action: "attachment.upload" } });
    const [rowsBefore, auditsBefore] = [await rows(), await audits()];
    if (existsSync(folder)) await rename(folder, aside);
    await writeFile(folder, "这里本该是附件目录");
    try {
      const refused = await upload(reporter, report.id, [503]);
      tally.check(/[\u4e00-\u9fff]/.test(refused.body.detail ?? ""), `没有中文说明: ${refused.text.slice(0, 120)}`);
      tally.notes.push(`存储不可写: ${refused.status} ${refused.body.detail ?? ""}`);
    } finally {
      await rm(folder, { force: true });
      if (existsSync(aside)) await rename(aside, folder);
    }
    tally.check((await rows()) === rowsBefore, "上传失败却留下了附件记录");
    tally.check((await audits()) === auditsBefore, "上传失败却留下了审计记录");
    const accepted = await upload(reporter, report.id, [201]);
    const id = (accepted.body as { attachment?: { id: number } }).attachment?.id;
    if (id) {
      const row = await context.db.attachment.findUniqueOrThrow({ where: { id }, select: { storageKey: true } });
      tally.check(existsSync(path.join(folder, row.storageKey)), "恢复后上传的文件不在存储中");
    }
  },
};
