// The months that can be reported on, on the demo clock (2022-11-03, October being filed): the
// issue's two examples, a December report in early November and an extension for 2099, are
// refused in Chinese and write nothing; October still saves.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { resetPortalEnv, setPortalEnv } from "@/lib/env";
import type { Viewer } from "@/lib/auth/viewer-type";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { requestExtension } from "@/lib/extensions/request-extension";
import { listDuties } from "@/lib/reports/duties";
import { previewReportImport } from "@/lib/reports/excel-import";
import { buildReportTemplate } from "@/lib/reports/excel-template";
import { saveReport } from "@/lib/reports/save-report";

const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
const footprint = async () => ({
  reports: await getPrisma().report.count(),
  extensions: await getPrisma().dueDateExtension.count(),
  audits: await getPrisma().auditEvent.count(),
});

// The portal's clock at the demo date; the test puts it back afterwards.
beforeAll(() => setPortalEnv({ PORTAL_CLOCK: "2022-11-03" }));
afterAll(() => {
  delete process.env.PORTAL_CLOCK;
  resetPortalEnv();
});

async function reportInput(viewer: Viewer, period: string) {
  const duty = (await listDuties(getPrisma(), viewer.unitId, "2022-12")).find(
    (candidate) => candidate.indicators.length,
  );
  if (!duty) throw new Error("no duty");
  return {
    pointId: duty.pointId,
    period,
    expectedVersion: null,
    narrative: { progress: "提前填报", problems: "", nextSteps: "" },
    values: [],
  };
}

describe("months that can be reported on", () => {
  it("refuses a report for 2022-12 on 2022-11-03, and one for 2021, and writes nothing", async () => {
    const reporter = await as("meizhou-reporter");
    const before = await footprint();
    await expect(saveReport(getPrisma(), reporter, context(), await reportInput(reporter, "2022-12"))).rejects.toThrow(
      "2022年12月尚未到填报时间:现在填报的是2022年10月",
    );
    await expect(saveReport(getPrisma(), reporter, context(), await reportInput(reporter, "2021-10"))).rejects.toThrow(
      "2021年10月不在2022年工作要点的年度内",
    );
    expect(await footprint()).toEqual(before);
  });

  it("refuses an extension for 2099-01 and for the month not yet being filed", async () => {
    const reporter = await as("meizhou-reporter");
    const before = await footprint();
    const ask = (period: string, requestedDue: string) =>
      requestExtension(getPrisma(), reporter, context(), { period, requestedDue, reason: "人手不足" });
    await expect(ask("2099-01", "2099-02-20")).rejects.toThrow("2099年没有工作要点");
    await expect(ask("2022-11", "2022-12-20")).rejects.toThrow("2022年11月尚未到填报时间");
    expect(await footprint()).toEqual(before);
  });

  it("refuses to import a template of a month not yet being filed", async () => {
    const reporter = await as("meizhou-reporter");
    const template = await buildReportTemplate(getPrisma(), reporter, "2022-12");
    await expect(previewReportImport(getPrisma(), reporter, new Uint8Array(template.body))).rejects.toThrow(
      "2022年12月尚未到填报时间",
    );
  });

  it("still accepts the month being filed", async () => {
    const reporter = await as("meizhou-reporter");
    const template = await buildReportTemplate(getPrisma(), reporter, "2022-10");
    const preview = await previewReportImport(getPrisma(), reporter, new Uint8Array(template.body));
    expect(preview.period).toBe("2022-10");
  });
});
