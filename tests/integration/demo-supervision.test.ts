// The tier's global setup seeds in demo mode: the supervision loop's history is already there.
import { describe, expect, it } from "vitest";
import type { BulletinFigures } from "@/lib/bulletins/figures-types";
import { getPrisma } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { seedDemoSupervision } from "@/lib/seed/demo-supervision";
import { clockStartOf } from "@/lib/time/clock";

const demoNow = clockStartOf(readEnv({}), "demo")!;

describe("the demo's supervision history", () => {
  it("has two rounds of 督查单, numbered in order, each in a state its days allow, before the demo date", async () => {
    const notices = await getPrisma().supervisionNotice.findMany({
      where: { isDemo: true },
      orderBy: { number: "asc" },
      select: {
        number: true,
        state: true,
        period: true,
        issuedAt: true,
        feedbackAt: true,
        feedbackText: true,
        decidedAt: true,
        unit: { select: { kind: true } },
      },
    });
    expect(notices.length).toBeGreaterThanOrEqual(6);
    expect(notices.map((notice) => notice.number)).toEqual(notices.map((_, index) => index + 1));
    expect(new Set(notices.map((notice) => notice.period))).toEqual(new Set(["2022-08", "2022-09"]));
    for (const notice of notices) {
      expect(notice.issuedAt!.getTime()).toBeLessThan(demoNow.getTime());
      if (notice.feedbackAt) {
        expect(notice.feedbackText).not.toBe("");
        expect(notice.feedbackAt.getTime()).toBeGreaterThan(notice.issuedAt!.getTime());
      }
      if (notice.decidedAt) expect(notice.decidedAt.getTime()).toBeLessThan(demoNow.getTime());
    }
    const states = new Set(notices.map((notice) => notice.state));
    // The office has feedback to read, and units still owe answers (past their deadline: the ladder escalates).
    expect(states).toContain("ACCEPTED");
    expect(states).toContain("FEEDBACK");
    expect(states).toContain("ISSUED");
  });

  it("has August's and September's 通报 issued, their figures frozen as the 通报's builder made them", async () => {
    const bulletins = await getPrisma().bulletin.findMany({
      where: { isDemo: true },
      orderBy: { period: "asc" },
      select: { period: true, number: true, state: true, figures: true, issuedAt: true },
    });
    expect(bulletins.map(({ period, number, state }) => ({ period, number, state }))).toEqual([
      { period: "2022-08", number: 1, state: "ISSUED" },
      { period: "2022-09", number: 2, state: "ISSUED" },
    ]);
    const september = bulletins[1].figures as BulletinFigures;
    expect(september.period).toBe("2022-09");
    expect(september.counties).toHaveLength(7);
    // September's 通报 counts the 督查单 issued in September (the first round).
    const firstRound = await getPrisma().supervisionNotice.count({ where: { isDemo: true, period: "2022-08" } });
    expect(september.notices.issued.yellow + september.notices.issued.red).toBe(firstRound);
  });

  it("has five county quotas closed out or on their way, one application waiting at each step", async () => {
    const closeouts = await getPrisma().closeout.findMany({
      where: { isDemo: true },
      select: { state: true, indicatorId: true, closedAt: true, unit: { select: { code: true } } },
    });
    expect(closeouts.filter((closeout) => closeout.state === "CLOSED")).toHaveLength(3);
    expect(closeouts.map((closeout) => closeout.state)).toEqual(expect.arrayContaining(["APPLIED", "VERIFIED"]));
    for (const closeout of closeouts) {
      expect(closeout.indicatorId).not.toBeNull();
      expect(["xianyou", "chengxiang"]).toContain(closeout.unit.code);
    }
  });

  it("writes no audit rows and adds nothing when the seed runs again", async () => {
    const ids = async (rows: Promise<{ id: number }[]>) => (await rows).map((row) => String(row.id));
    const demo = { where: { isDemo: true }, select: { id: true } };
    const audited = await getPrisma().auditEvent.count({
      where: {
        OR: [
          {
            objectType: "SupervisionNotice",
            objectId: { in: await ids(getPrisma().supervisionNotice.findMany(demo)) },
          },
          { objectType: "Bulletin", objectId: { in: await ids(getPrisma().bulletin.findMany(demo)) } },
          { objectType: "Closeout", objectId: { in: await ids(getPrisma().closeout.findMany(demo)) } },
        ],
      },
    });
    expect(audited).toBe(0);
    const before = await getPrisma().supervisionNotice.count({ where: { isDemo: true } });
    expect(await seedDemoSupervision(getPrisma())).toBeNull();
    expect(await getPrisma().supervisionNotice.count({ where: { isDemo: true } })).toBe(before);
  });
});
