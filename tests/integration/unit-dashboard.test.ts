// Reads only: the county and department dashboards' lists against the simulated demo history (two September
// reports left returned, October partly filed) and against plain queries written independently of the module;
// then the three pages as a signed-in person gets them (only the request's cookies and headers are faked).
import { encode } from "next-auth/jwt";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import CountyPage from "@/app/(portal)/dashboard/counties/[code]/page";
import DepartmentPage from "@/app/(portal)/dashboard/departments/[code]/page";
import IndicatorPage from "@/app/(portal)/dashboard/indicators/[id]/page";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { jar } from "./helpers/fake-next-headers";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import {
  findCityUnit,
  getCountyMonth,
  listReturnedReports,
  listWaitingReviews,
  readableReportIds,
} from "@/lib/dashboard/unit-dashboard";
import { listDuties } from "@/lib/reports/duties";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);

const db = () => getPrisma();
const as = async (username: string) =>
  viewerOfUser(await db().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
const unitId = async (code: string) =>
  (await db().unit.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

describe("a county's month", () => {
  it.each(["beian", "chengxiang"])(
    "lists, in point order, %s's duties not yet sent to the city: not started, drafts and those awaiting sign-off",
    async (code) => {
      const county = await unitId(code);
      const month = await getCountyMonth(db(), county, 2022, "2022-10");
      const duties = await listDuties(db(), county, "2022-12");
      const reports = await db().report.findMany({
        where: { unitId: county, period: "2022-10" },
        select: { pointId: true, state: true },
      });
      const stateOf = new Map(reports.map((report) => [report.pointId, report.state]));
      const unsent = duties
        .filter((duty) => [undefined, "DRAFT", "AWAITING_SIGNOFF"].includes(stateOf.get(duty.pointId)))
        .map((duty) => duty.pointNo);
      expect(month.unsent.map((duty) => duty.pointNo)).toEqual(unsent);
      expect(month.unsent.filter((duty) => duty.reportId === null).length).toBe(
        duties.filter((duty) => !stateOf.has(duty.pointId)).length,
      );
      // Beian has barely started October on the demo clock; Chengxiang has sent some already, which must not be listed.
      if (code === "beian") expect(unsent.length).toBeGreaterThan(duties.length / 2);
      else expect(reports.some((report) => report.state === "SUBMITTED")).toBe(true);
      if (!(await db().dueDateExtension.findFirst({ where: { unitId: county, period: "2022-10", state: "GRANTED" } })))
        expect(month).toMatchObject({ dueDay: "2022-11-05", extended: false });
    },
  );

  it("has nothing unsent in a month the county filed and had approved in full", async () => {
    const month = await getCountyMonth(db(), await unitId("xianyou"), 2022, "2022-08");
    expect(month.unsent).toEqual([]);
    expect(month.dueDay).toMatch(/^2022-09-/);
  });
});

describe("a unit's returned reports", () => {
  it("lists the county's own returned reports of the year up to the period, with the reviewer's reason", async () => {
    const beian = await unitId("beian");
    const [returned, expected] = await Promise.all([
      listReturnedReports(db(), beian, 2022, "2022-10"),
      db().report.findMany({
        where: { unitId: beian, state: "RETURNED", period: { gte: "2022-01", lte: "2022-10" } },
        select: { id: true },
      }),
    ]);
    expect(returned.map((report) => report.id).sort()).toEqual(expected.map((report) => report.id).sort());
    // The September report the lead department returned and nobody resent.
    expect(returned.find((report) => report.period === "2022-09")?.reason).not.toBe("");
    expect(returned.map((report) => report.period)).toEqual([...returned.map((report) => report.period)].sort());
    // Another county's returned report never shows here; months after the period neither.
    const meizhouReturned = await listReturnedReports(db(), await unitId("meizhou"), 2022, "2022-10");
    expect(meizhouReturned.some((report) => report.period === "2022-09")).toBe(true);
    expect(meizhouReturned.some((report) => returned.some((mine) => mine.id === report.id))).toBe(false);
    expect(await listReturnedReports(db(), beian, 2022, "2022-08")).toEqual([]);
  });
});

describe("a department's waiting reviews", () => {
  it("lists exactly the county reports submitted on the points it leads, oldest submission first", async () => {
    const yanglao = await unitId("yanglao");
    const [reviews, expected] = await Promise.all([
      listWaitingReviews(db(), yanglao, 2022),
      db().report.findMany({
        where: { state: "SUBMITTED", unit: { kind: "COUNTY" }, point: { leadUnitId: yanglao, plan: { year: 2022 } } },
        select: { id: true },
      }),
    ]);
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.map((review) => review.id).sort()).toEqual(expected.map((report) => report.id).sort());
    const submitted = reviews.map((review) => review.submittedAt!.getTime());
    expect(submitted).toEqual(submitted.toSorted((a, b) => a - b));
    expect(reviews.every((review) => review.pointNo >= 11 && review.pointNo <= 15)).toBe(true);
    // Its own reports go to the supervisor, not to itself.
    const own = await db().report.findMany({ where: { unitId: yanglao, state: "SUBMITTED" }, select: { id: true } });
    expect(own.some((report) => reviews.some((review) => review.id === report.id))).toBe(false);
    // A department's dashboard is found by its code; a county's code is no department.
    expect(await findCityUnit(db(), "yanglao")).toMatchObject({ code: "yanglao", name: "养老服务科" });
    expect([await findCityUnit(db(), "licheng"), await findCityUnit(db(), "no-such-unit")]).toEqual([null, null]);
  });
});

describe("which report links a viewer gets", () => {
  const reportOf = (code: string, where: object) =>
    db().report.findFirstOrThrow({ where: { unit: { code }, ...where }, select: { id: true } });

  it("gives a county its own reports only", async () => {
    const [own, other] = await Promise.all([
      reportOf("beian", { period: "2022-08" }),
      reportOf("licheng", { period: "2022-08" }),
    ]);
    expect([...(await readableReportIds(db(), await as("beian-reporter"), [own.id, other.id, null]))]).toEqual([
      own.id,
    ]);
  });

  it("gives a department the reports on the points it leads, and leadership only reports that reached the city", async () => {
    const onYanglao = await reportOf("xianyou", { period: "2022-08", point: { leadUnit: { code: "yanglao" } } });
    expect((await readableReportIds(db(), await as("dept-yanglao"), [onYanglao.id])).has(onYanglao.id)).toBe(true);
    expect((await readableReportIds(db(), await as("dept-jiuzhu"), [onYanglao.id])).has(onYanglao.id)).toBe(false);
    const draft = await reportOf("beian", { period: "2022-10", state: "DRAFT", submittedAt: null });
    const leader = await as("leader");
    expect([...(await readableReportIds(db(), leader, [onYanglao.id, draft.id]))]).toEqual([onYanglao.id]);
  });
});

describe("the pages", () => {
  const secret = (process.env.AUTH_SECRET = "integration-test-secret-of-at-least-32-characters");
  async function signInAs(username: string) {
    const result = await signInWithPassword(
      db(),
      { username, password: DEMO_PASSWORD, context: { clientAddress: "127.0.0.1", requestId: "unit-dashboard" } },
      readAuthSettings(),
    );
    jar.cookie = result.ok ? await encode({ token: { sid: result.sessionId }, secret }) : null;
  }
  type Page = (props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<{ period: string }>;
  }) => Promise<React.ReactElement>;
  // React separates adjacent text with <!-- -->; the reader sees one sentence.
  const open = async (page: Page, params: Record<string, string>) =>
    renderToString(
      await page({ params: Promise.resolve(params), searchParams: Promise.resolve({ period: "2022-10" }) }),
    ).replaceAll("<!-- -->", "");
  const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

  it("shows a county its own dashboard with only its own rank, and any other county's as not found, audited", async () => {
    await signInAs("chengxiang-reporter");
    const [html, progress] = await Promise.all([
      open(CountyPage as Page, { code: "chengxiang" }),
      getPlanProgress(db(), 2022, "2022-10"),
    ]);
    const own = progress!.counties.find((county) => county.code === "chengxiang")!;
    expect(html).toContain(`第 ${own.rank} 名 / 共 7 个县区`);
    for (const county of await db().unit.findMany({ where: { kind: "COUNTY" } }))
      if (county.code !== "chengxiang") expect(html).not.toContain(county.name);
    expect(html).toContain(`城厢区本月尚有 ${own.pendingReports} 份报告未审核通过,未计入完成率`);
    expect(html).toContain("/api/v1/dashboard/export?view=county&amp;period=2022-10&amp;code=chengxiang");
    await expect(open(CountyPage as Page, { code: "beian" })).rejects.toMatchObject(NOT_FOUND);
    await expect(
      open(IndicatorPage as Page, { id: String(progress!.points[10].indicators[0].id) }),
    ).rejects.toMatchObject(NOT_FOUND);
    await expect(open(DepartmentPage as Page, { code: "yanglao" })).rejects.toMatchObject(NOT_FOUND);
    expect(
      await db().auditEvent.count({
        where: { username: "chengxiang-reporter", action: "dashboard.readCounty", result: "DENIED", objectId: "beian" },
      }),
    ).toBeGreaterThan(0);
  });

  it("takes the leader from an indicator to each county's report its value comes from", async () => {
    await signInAs("leader");
    const progress = (await getPlanProgress(db(), 2022, "2022-10"))!;
    const indicator = progress.points
      .flatMap((point) => point.indicators)
      .find((candidate) => candidate.name === "新建长者之家")!;
    const html = await open(IndicatorPage as Page, { id: String(indicator.id) });
    expect(html).toContain("按当前进度,年底预计");
    expect(html).toContain(
      `序时进度</dt><dd class="font-medium tabular-nums">${(indicator.expected * 100).toFixed(1)}%`,
    );
    for (const unit of indicator.units) {
      expect(html).toContain(`href="/dashboard/counties/${unit.unitCode}?period=2022-10"`);
      if (unit.reportId !== null) expect(html).toContain(`href="/reports/${unit.reportId}"`);
    }
    await expect(open(IndicatorPage as Page, { id: "999999" })).rejects.toMatchObject(NOT_FOUND);
  });

  it("shows a minimum for every county as a target per county with the counties that meet it", async () => {
    await signInAs("leader");
    const progress = (await getPlanProgress(db(), 2022, "2022-10"))!;
    const minimum = progress.points
      .flatMap((point) => point.indicators)
      .find((candidate) => candidate.quotaMode === "MINIMUM")!;
    expect(minimum.unitsTotal).toBe(7);
    const html = await open(IndicatorPage as Page, { id: String(minimum.id) });
    expect(html).toContain(`每个县区不少于 ${minimum.target}${minimum.unit}`);
    expect(html).toContain(`${minimum.unitsMet}/7 个县区达标`);
    expect(html).toContain("一个县区超出不抵另一个县区的不足");
    expect(html).not.toContain("按当前进度,年底预计");
  });

  it("shows a department its points and every report waiting for its review; a county code is no department", async () => {
    await signInAs("dept-yanglao");
    const html = await open(DepartmentPage as Page, { code: "yanglao" });
    for (const no of [11, 12, 13, 14, 15]) expect(html).toContain(`href="/plans/2022/points/${no}"`);
    const waiting = await db().report.findMany({
      where: {
        state: "SUBMITTED",
        unit: { kind: "COUNTY" },
        point: { leadUnit: { code: "yanglao" }, plan: { year: 2022 } },
      },
      select: { id: true },
    });
    for (const report of waiting) expect(html).toContain(`href="/reports/${report.id}"`);
    await expect(open(DepartmentPage as Page, { code: "licheng" })).rejects.toMatchObject(NOT_FOUND);
  });
});
