// Ids past PostgreSQL's integer range, in action inputs and route parameters: a field message or
// "not found", never a 500 or 系统出错. Only the request (cookies, headers) is faked.
import { describe, expect, it, vi } from "vitest";
import { removeAttachmentAction } from "@/lib/attachments/actions";
import { parseExportQuery } from "@/lib/dashboard/export/export-query";
import { reportStepAction, saveReportAction } from "@/lib/reports/actions";
import { download, signInAs, upload } from "./helpers/attachment-requests";
import { pdfBytes, MIME } from "../unit/fixtures/attachment-files";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);

const HUGE = 1e20;

describe("ids beyond the integer range", () => {
  it("are a Chinese field message in server actions", async () => {
    await signInAs("meizhou-reporter");
    expect(await removeAttachmentAction({ id: HUGE })).toMatchObject({ ok: false, message: "附件编号无效" });
    expect(
      await reportStepAction({ reportId: 99_999_999_999, step: "sendForSignoff", expectedVersion: 1, reason: "" }),
    ).toMatchObject({ ok: false, message: "报告编号无效" });
    const saved = await saveReportAction({
      pointId: 2_147_483_648,
      period: "2022-10",
      expectedVersion: null,
      narrative: {},
      values: [],
    });
    expect(saved).toMatchObject({ ok: false, message: "要点编号无效" });
  });

  it("are not found in route parameters and uploads", async () => {
    await signInAs("meizhou-reporter");
    const downloaded = await download(Number("99999999999"));
    expect(downloaded.status).toBe(404);
    const uploaded = await upload(Number("99999999999"), "证明.pdf", MIME.pdf, pdfBytes());
    expect(uploaded.status).toBe(404);
    expect((await uploaded.json()).detail).toBe("报告不存在。");
    expect(parseExportQuery(new URLSearchParams("view=indicator&id=99999999999"))).toEqual({
      error: "id 应为指标编号(正整数)",
    });
  });
});
