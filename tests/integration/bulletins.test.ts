// The monthly 通报 (issue 11 §3) on a plan of its own year (2048): drafted from approved data only,
// edited, issued with the next number of the year, frozen against later corrections (which the next
// month's draft notes), visible to every unit once issued and to the office alone as a draft.
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/denied";
import { createBulletin } from "@/lib/bulletins/create-bulletin";
import { issueBulletin } from "@/lib/bulletins/issue-bulletin";
import { getBulletin, listBulletins } from "@/lib/bulletins/queries";
import { saveBulletinTexts } from "@/lib/bulletins/save-texts";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { formatPercent } from "@/lib/dashboard/status-labels";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { as, type BulletinPlan, context, createBulletinPlan, fileLicheng } from "./helpers/bulletin-plan";

const YEAR = 2048;
const MARCH = `${YEAR}-03`;
const APRIL_20 = new Date(`${YEAR}-04-20T10:00:00+08:00`);
const MAY_10 = new Date(`${YEAR}-05-10T10:00:00+08:00`);
const db = () => getPrisma();
let plan: BulletinPlan;
let bulletinId = 0;

const unitId = async (code: string) => (await db().unit.findUniqueOrThrow({ where: { code } })).id;

async function notice(code: string, colour: "YELLOW" | "RED", issuedAt: string, accepted?: string) {
  await db().supervisionNotice.create({
    data: {
      year: YEAR,
      colour,
      reason: "MANUAL",
      state: accepted ? "ACCEPTED" : "ISSUED",
      unitId: await unitId(code),
      period: MARCH,
      subject: `manual:bulletin-test-${issuedAt}`,
      facts: "测试",
      proposedAt: new Date(issuedAt),
      issuedAt: new Date(issuedAt),
      decidedAt: accepted ? new Date(accepted) : null,
    },
  });
}

const draftTexts = async (id: number) => {
  const view = (await getBulletin(db(), await as(db(), "supervisor"), id, APRIL_20))!;
  return { version: view.version, title: view.title, texts: view.texts };
};

beforeAll(async () => {
  plan = await createBulletinPlan(db(), YEAR);
  await notice("xianyou", "RED", `${YEAR}-03-10T09:00:00+08:00`);
  // 23:30 on 31 March in Beijing is still March (15:30 UTC), 00:10 on 1 April is not.
  await notice("hanjiang", "YELLOW", `${YEAR}-03-31T23:30:00+08:00`, `${YEAR}-03-31T23:50:00+08:00`);
  await notice("licheng", "YELLOW", `${YEAR}-04-01T00:10:00+08:00`);
});

describe("drafting a month's 通报", () => {
  it("refuses a month after the one being filed, and a second 通报 for a month, changing nothing", async () => {
    const supervisor = await as(db(), "supervisor");
    await expect(createBulletin(db(), supervisor, context(), { period: `${YEAR}-04` }, APRIL_20)).rejects.toThrow(
      /只能起草2048年1月至2048年3月的通报/,
    );
    bulletinId = (await createBulletin(db(), supervisor, context(), { period: MARCH }, APRIL_20)).id;
    const second = createBulletin(db(), supervisor, context(), { period: MARCH }, APRIL_20);
    await expect(second).rejects.toBeInstanceOf(UserError);
    await expect(second).rejects.toMatchObject({ field: "period" });
    expect(await db().bulletin.count({ where: { year: YEAR } })).toBe(1);
  });

  it("draws its figures from the dashboard's approved progress of the month", async () => {
    const view = (await getBulletin(db(), await as(db(), "supervisor"), bulletinId, APRIL_20))!;
    const progress = (await getPlanProgress(db(), YEAR, MARCH, APRIL_20))!;
    expect(view.state).toBe("DRAFT");
    expect(view.figures.plan.completion).toBe(progress.plan.completion);
    expect(
      view.figures.counties.map((county) => [county.code, county.completion, county.rank, county.onTimeRate]),
    ).toEqual(progress.counties.map((county) => [county.code, county.completion, county.rank, county.onTimeRate]));
    // 荔城区 filed only March: two of three months late → criticised; 仙游县 on time and ahead → praised.
    expect(view.figures.criticised.map((unit) => unit.code)).toContain("licheng");
    expect(view.figures.praised.map((unit) => unit.code)).toEqual(["xianyou"]);
    expect(view.figures.departments.find((unit) => unit.code === "jiuzhu")?.onTimeRate).toBe(1);
    expect(view.figures.notices.issued).toEqual({ yellow: 1, red: 1 });
    expect(view.figures.notices.closed).toEqual({ yellow: 1, red: 0 });
    expect(view.texts.overview).toContain(`总体完成率为${formatPercent(progress.plan.completion)}`);
    expect(view.texts.praise).toContain("对仙游县予以通报表扬");
  });

  it("keeps an edited part, refuses an empty one or a stale version, and audits the change", async () => {
    const supervisor = await as(db(), "supervisor");
    const before = await draftTexts(bulletinId);
    const empty = saveBulletinTexts(
      db(),
      supervisor,
      context(),
      {
        id: bulletinId,
        expectedVersion: before.version,
        title: before.title,
        texts: { ...before.texts, opening: "  " },
      },
      APRIL_20,
    );
    await expect(empty).rejects.toMatchObject({ field: "texts.opening" });
    const saved = await saveBulletinTexts(
      db(),
      supervisor,
      context(),
      {
        id: bulletinId,
        expectedVersion: before.version,
        title: before.title,
        texts: { ...before.texts, requirements: "请各单位抓紧落实。" },
      },
      APRIL_20,
    );
    expect(saved.changed).toEqual(["requirements"]);
    const stale = saveBulletinTexts(
      db(),
      supervisor,
      context(),
      { id: bulletinId, expectedVersion: before.version, title: "别的标题", texts: before.texts },
      APRIL_20,
    );
    await expect(stale).rejects.toThrow(/已被他人修改/);
    const after = await draftTexts(bulletinId);
    expect(after.texts.requirements).toBe("请各单位抓紧落实。");
    expect(after.texts.opening).toBe(before.texts.opening);
    expect(after.title).toBe(before.title);
    const stored = await db().bulletin.findUniqueOrThrow({ where: { id: bulletinId } });
    expect(stored.texts).toEqual({ requirements: "请各单位抓紧落实。" });
    expect(await db().auditEvent.count({ where: { action: "bulletin.texts", objectId: String(bulletinId) } })).toBe(1);
  });

  it("is the office's alone: a county neither lists nor opens it", async () => {
    const reporter = await as(db(), "licheng-reporter");
    expect((await listBulletins(db(), reporter)).map((row) => row.id)).not.toContain(bulletinId);
    await expect(getBulletin(db(), reporter, bulletinId, APRIL_20)).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe("issuing it", () => {
  it("numbers it, dates it, freezes it, tells every unit and shows it to them", async () => {
    const supervisor = await as(db(), "supervisor");
    const { version } = await draftTexts(bulletinId);
    const { numberText } = await issueBulletin(
      db(),
      supervisor,
      context(),
      { id: bulletinId, expectedVersion: version },
      APRIL_20,
    );
    expect(numberText).toBe(`莆民督通〔${YEAR}〕1号`);
    const stored = await db().bulletin.findUniqueOrThrow({ where: { id: bulletinId } });
    expect(stored.state).toBe("ISSUED");
    expect(stored.signedOn?.toISOString().slice(0, 10)).toBe(`${YEAR}-04-20`);
    expect((stored.texts as Record<string, string>).requirements).toBe("请各单位抓紧落实。");
    expect((stored.texts as Record<string, string>).opening).toContain("现将有关情况通报如下");
    const reporter = await as(db(), "licheng-reporter");
    expect((await listBulletins(db(), reporter)).find((row) => row.id === bulletinId)?.numberText).toBe(numberText);
    expect((await getBulletin(db(), reporter, bulletinId))?.numberText).toBe(numberText);
    const told = await db().notification.findFirst({
      where: { kind: "bulletin.issue", link: `/bulletins/${bulletinId}`, user: { username: "licheng-reporter" } },
    });
    expect(told?.body).toBe(numberText);
    expect(await db().auditEvent.count({ where: { action: "bulletin.issue", objectId: String(bulletinId) } })).toBe(1);
    // Issued is final: no more edits, no second issue.
    const edit = saveBulletinTexts(
      db(),
      supervisor,
      context(),
      { id: bulletinId, expectedVersion: stored.version, title: stored.title, texts: stored.texts as never },
      APRIL_20,
    );
    await expect(edit).rejects.toThrow(/已印发/);
    await expect(
      issueBulletin(db(), supervisor, context(), { id: bulletinId, expectedVersion: stored.version }, APRIL_20),
    ).rejects.toThrow(/已印发/);
  });

  it("keeps its figures after a correction is approved, and the next month's draft notes the correction", async () => {
    const supervisor = await as(db(), "supervisor");
    const issued = (await getBulletin(db(), supervisor, bulletinId, MAY_10))!;
    const before = (await getPlanProgress(db(), YEAR, MARCH, MAY_10))!;
    await fileLicheng(db(), plan, MARCH, 9, new Date(`${YEAR}-04-25T09:00:00+08:00`));
    const corrected = (await getPlanProgress(db(), YEAR, MARCH, MAY_10))!;
    const licheng = (progress: typeof before) =>
      progress.counties.find((county) => county.code === "licheng")!.completion;
    expect(licheng(corrected)).not.toBe(licheng(before));
    const reread = (await getBulletin(db(), supervisor, bulletinId, MAY_10))!;
    expect(reread.figures).toEqual(issued.figures);
    expect(reread.texts).toEqual(issued.texts);

    const april = await createBulletin(db(), supervisor, context(), { period: `${YEAR}-04` }, MAY_10);
    const draft = (await getBulletin(db(), supervisor, april.id, MAY_10))!;
    expect(draft.figures.corrections).toEqual([
      expect.objectContaining({
        period: MARCH,
        number: `莆民督通〔${YEAR}〕1号`,
        items: expect.arrayContaining([
          `荔城区完成率由${formatPercent(licheng(before))}更正为${formatPercent(licheng(corrected))}`,
        ]),
      }),
    ]);
    expect(draft.texts.corrections).toContain("特此更正");
    const { numberText } = await issueBulletin(
      db(),
      supervisor,
      context(),
      { id: april.id, expectedVersion: draft.version },
      MAY_10,
    );
    expect(numberText).toBe(`莆民督通〔${YEAR}〕2号`);
  });
});
