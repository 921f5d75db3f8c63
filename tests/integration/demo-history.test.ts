// The tier's global setup seeds in demo mode, so the simulated history is already in the database.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { listDuties } from "@/lib/reports/duties";
import { stateAfter, type Step } from "@/lib/reports/workflow";
import { seedDatabase } from "@/lib/seed/seed-database";
import { seedDemoHistory } from "@/lib/seed/write-demo-history";
import { clockStartOf } from "@/lib/time/clock";
import { isOverdue } from "@/lib/time/due";

// Where the demo clock starts (2022-11-03 09:00 in Putian): the history ends before it.
const demoNow = clockStartOf(readEnv({}), "demo")!;

async function countDuties(): Promise<number> {
  const units = await getPrisma().unit.findMany({
    where: { kind: { in: ["COUNTY", "DEPARTMENT"] } },
    select: { id: true },
  });
  let total = 0;
  for (const unit of units) total += (await listDuties(getPrisma(), unit.id, "2022-12")).length;
  return total;
}

const demoReportsOf = (period: string) =>
  getPrisma().report.findMany({
    where: { isDemo: true, period },
    select: { state: true, unit: { select: { code: true } } },
  });

describe("the demo history written by the demo seed", () => {
  it("has one approved report per duty for each month January to August, and September all but two", async () => {
    const duties = await countDuties();
    expect(duties).toBeGreaterThan(100);
    for (let month = 1; month <= 9; month++) {
      const reports = await demoReportsOf(`2022-0${month}`);
      expect(reports, `2022-0${month}`).toHaveLength(duties);
      expect(reports.filter((report) => report.state !== "APPROVED").length, `2022-0${month}`).toBe(
        month === 9 ? 2 : 0,
      );
    }
    expect(
      await getPrisma().report.count({ where: { isDemo: true, period: { in: ["2022-11", "2022-12", "2021-12"] } } }),
    ).toBe(0);
  });

  it("leaves October partly filed and two September reports returned, so they show as overdue", async () => {
    const october = await demoReportsOf("2022-10");
    expect(october.length).toBeGreaterThan(20);
    expect(october.length).toBeLessThan(await countDuties());
    expect(new Set(october.map((report) => report.state))).toEqual(
      new Set(["APPROVED", "SUBMITTED", "AWAITING_SIGNOFF", "DRAFT", "RETURNED"]),
    );
    expect(october.some((report) => report.unit.code === "meizhou")).toBe(false);
    const stuck = (await demoReportsOf("2022-09")).filter((report) => report.state !== "APPROVED");
    expect(stuck.map((report) => `${report.unit.code}:${report.state}`).sort()).toEqual([
      "beian:RETURNED",
      "meizhou:RETURNED",
    ]);
    expect(isOverdue("2022-09", demoNow)).toBe(true);
    expect(isOverdue("2022-10", demoNow)).toBe(false);
  });

  it("gives every report a history chain by demo users that ends in its state, and no audit rows", async () => {
    const reports = await getPrisma().report.findMany({
      where: { isDemo: true },
      select: {
        id: true,
        state: true,
        version: true,
        submittedAt: true,
        approvedAt: true,
        unitId: true,
        createdAt: true,
        updatedAt: true,
        events: {
          orderBy: { id: "asc" },
          select: {
            action: true,
            fromState: true,
            toState: true,
            reason: true,
            at: true,
            snapshot: true,
            user: { select: { isDemo: true, unitId: true, role: true } },
          },
        },
      },
    });
    for (const report of reports) {
      let state: (typeof report)["state"] | null = null;
      for (const event of report.events) {
        expect(event.fromState).toBe(state);
        expect(event.toState).toBe(state === null ? "DRAFT" : stateAfter(event.action as Step, state));
        expect(event.user?.isDemo).toBe(true);
        if (event.action === "save") expect(event.user?.unitId).toBe(report.unitId);
        if (event.action === "return" || event.action === "sendBack") expect(event.reason).not.toBe("");
        // Office hours in Shanghai, before the demo clock: the times went in without a time-zone shift.
        const shanghaiHour = (event.at.getUTCHours() + 8) % 24;
        expect(shanghaiHour, `report ${report.id}`).toBeGreaterThanOrEqual(8);
        expect(shanghaiHour, `report ${report.id}`).toBeLessThanOrEqual(18);
        expect(event.at.getTime()).toBeLessThan(demoNow.getTime());
        state = event.toState;
      }
      expect(state, `report ${report.id}`).toBe(report.state);
      expect((report.events.at(-1)!.snapshot as { version: number }).version).toBe(report.version);
      expect(report.events).toHaveLength(report.version);
      expect([report.createdAt, report.updatedAt]).toEqual([report.events[0].at, report.events.at(-1)!.at]);
      if (report.state === "APPROVED") expect(report.approvedAt).toEqual(report.events.at(-1)!.at);
      if (report.state === "SUBMITTED") expect(report.submittedAt).toEqual(report.events.at(-1)!.at);
    }
    // Refusals other tests provoke on demo reports (doors-refusals) are audited, rightly; the seed wrote nothing.
    const audited = await getPrisma().auditEvent.count({
      where: {
        objectType: "Report",
        objectId: { in: reports.map((report) => String(report.id)) },
        result: { not: "DENIED" },
      },
    });
    expect(audited).toBe(0);
  });

  it("keeps the narrative's punctuation intact through the bulk insert", async () => {
    const report = await getPrisma().report.findFirstOrThrow({
      where: { isDemo: true, unit: { code: "xianyou" }, period: "2022-06", point: { no: 11 } },
      select: { progress: true },
    });
    expect(report.progress).toMatch(/^截至6月底,新建长者之家累计完成\d+个,新建长者食堂累计完成\d+个,.*。$/);
  });

  it("reports a rate as numerator and denominator, never above 100%", async () => {
    const rates = await getPrisma().reportValue.findMany({
      where: { report: { isDemo: true }, indicator: { kind: "RATE" } },
      select: { numerator: true, denominator: true, value: true },
    });
    expect(rates.length).toBeGreaterThan(0);
    for (const rate of rates) {
      expect(rate.value).toBeNull();
      expect(rate.denominator!.toNumber()).toBeGreaterThan(0);
      expect(rate.numerator!.toNumber()).toBeLessThanOrEqual(rate.denominator!.toNumber());
    }
  });

  it("starts the year from 年初值 typed for every county where the start matters, with the reports' own denominators", async () => {
    const counties = await getPrisma().unit.count({ where: { kind: "COUNTY" } });
    const rows = await getPrisma().baseline.findMany({
      where: { indicator: { point: { plan: { year: 2022 } } } },
      select: {
        unitId: true,
        indicatorId: true,
        value: true,
        numerator: true,
        denominator: true,
        source: true,
        unit: { select: { kind: true } },
        indicator: { select: { name: true, kind: true, quotas: { select: { unitId: true, target: true } } } },
      },
    });
    const of = (words: RegExp) => rows.filter((row) => words.test(row.indicator.name) && row.unit.kind === "COUNTY");
    for (const words of [
      /集中供养率/,
      /购买服务比例/,
      /乡镇示范点困境儿童/,
      /县\(区、管委会\)困境儿童/,
      /社区工作者/,
    ]) {
      const found = of(words);
      expect(found, String(words)).toHaveLength(counties);
      for (const row of found) {
        expect(row.source).toBe("TYPED");
        expect(row.value).toBeNull();
        const january = await getPrisma().reportValue.findFirstOrThrow({
          where: { indicatorId: row.indicatorId, report: { unitId: row.unitId, period: "2022-01" } },
          select: { denominator: true },
        });
        expect(row.denominator!.toNumber(), String(words)).toBe(january.denominator!.toNumber());
        if (row.indicator.kind === "RATE")
          expect(row.numerator!.toNumber()).toBeLessThanOrEqual(row.denominator!.toNumber());
      }
    }
    // 34's sites were maintained before the year began: the plan's own 年初值 (its quota) is kept.
    const maintained = of(/管护已修缮革命遗址/);
    expect(maintained).toHaveLength(counties);
    for (const row of maintained)
      expect(row.value!.toNumber()).toBe(
        row.indicator.quotas.find((quota) => quota.unitId === row.unitId)!.target.toNumber(),
      );
    // Counts built this year start from zero: no row.
    expect(of(/新建长者之家|社会工作服务机构|福利彩票/)).toEqual([]);
  });

  it("shows every county's approved 集中供养率 in January at 85% or more: a level held, not a year's growth", async () => {
    const january = await getPrisma().reportValue.findMany({
      where: {
        indicator: { name: { contains: "集中供养率" } },
        report: { isDemo: true, period: "2022-01", state: "APPROVED", unit: { kind: "COUNTY" } },
      },
      select: { numerator: true, denominator: true, report: { select: { unit: { select: { code: true } } } } },
    });
    expect(january).toHaveLength(await getPrisma().unit.count({ where: { kind: "COUNTY" } }));
    for (const row of january)
      expect(row.numerator!.toNumber() / row.denominator!.toNumber(), row.report.unit.code).toBeGreaterThanOrEqual(
        0.85,
      );
  });

  it("explains and flags to the reviewers every value below the month before, in the value and its history", async () => {
    const explained = await getPrisma().reportValue.findMany({
      where: { report: { isDemo: true }, explanation: { not: "" } },
      select: {
        implausible: true,
        explanation: true,
        indicatorId: true,
        value: true,
        numerator: true,
        report: { select: { unitId: true, period: true, problems: true, events: { select: { snapshot: true } } } },
      },
    });
    expect(explained.length).toBeGreaterThan(0);
    for (const row of explained) {
      expect(row.implausible).toBe(true);
      expect(row.report.problems).toContain(row.explanation);
      const snapshot = row.report.events.at(-1)!.snapshot as { values: { explanation: string }[] };
      expect(snapshot.values.map((value) => value.explanation)).toContain(row.explanation);
      const month = Number(row.report.period.slice(5));
      const before = await getPrisma().reportValue.findFirstOrThrow({
        where: {
          indicatorId: row.indicatorId,
          report: { unitId: row.report.unitId, period: `2022-${String(month - 1).padStart(2, "0")}` },
        },
        select: { value: true, numerator: true },
      });
      expect((row.value ?? row.numerator)!.toNumber()).toBeLessThan((before.value ?? before.numerator)!.toNumber());
    }
    expect(
      await getPrisma().reportValue.count({ where: { report: { isDemo: true }, implausible: true, explanation: "" } }),
    ).toBe(0);
  });

  it("adds nothing when the demo seed runs again", async () => {
    const counts = async () => ({
      reports: await getPrisma().report.count({ where: { isDemo: true } }),
      values: await getPrisma().reportValue.count({ where: { report: { isDemo: true } } }),
      events: await getPrisma().reportEvent.count({ where: { report: { isDemo: true } } }),
      baselines: await getPrisma().baseline.count(),
    });
    const before = await counts();
    await seedDatabase(getPrisma(), "demo");
    expect(await seedDemoHistory(getPrisma())).toBeNull();
    expect(await counts()).toEqual(before);
  });
});
