// Demo mode only: the supervision loop's history up to the demo date, so 2022-11-03 shows the whole
// loop. Two rounds of 督查单 proposed by the ladder's own rules from the dashboard's figures (mid
// September on August, mid October on September), answered and decided on plausible days; August's
// and September's 通报 issued with the figures the 通报's own builder computes; a few indicators a
// county has reached closed out (办结销号), and one application at each step still waiting.
//
// Like the demo reports: labelled isDemo, written directly, no audit rows and no notifications
// (nobody did this in the system).
import "server-only";
import { TZDate } from "@date-fns/tz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NoticeState } from "@/lib/generated/prisma/enums";
import { buildBulletinFigures } from "@/lib/bulletins/build-figures";
import { draftTexts } from "@/lib/bulletins/draft-texts";
import { defaultBulletinTitle } from "@/lib/bulletins/text-parts";
import { readClosedItems, readExistingNotices, readProgressFacts } from "@/lib/supervision/ladder-inputs";
import { proposeNotices } from "@/lib/supervision/propose-notices";
import { addWorkingDays } from "@/lib/supervision/working-days";
import { dateColumnOfDay, TIME_ZONE } from "@/lib/time/days";
import { seedDemoCloseouts } from "./demo-closeouts";
import { DEMO_HISTORY_YEAR } from "./demo-history";

const YEAR = DEMO_HISTORY_YEAR;

/** A moment on a Beijing day: "2022-09-13", 9.5 → 09:30. */
const at = (day: string, hour: number) => {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(TZDate.tz(TIME_ZONE, y, m - 1, d, Math.floor(hour), Math.round((hour % 1) * 60)).getTime());
};

const FEEDBACK = [
  "已召开专题推进会,逐项梳理滞后原因,明确责任人和完成时限,计划于下月底前补齐进度。",
  "已督促各乡镇(街道)加快实施,落实周调度机制,并已完成部分项目验收。",
  "已对照台账逐一核实,补报材料已上传,后续将按月报送进展。",
];
const RETURNED = "整改措施不够具体,请补充完成时限和责任人后重新反馈。";
const ACCEPTED = "整改措施具体可行,予以采纳,请抓好落实。";

type Round = { issueDay: string; period: string; limit: number; fates: NoticeState[] };

// Mid-month, after the month's reports were due and reviewed; fates by position in the round.
const ROUNDS: Round[] = [
  {
    issueDay: `${YEAR}-09-13`,
    period: `${YEAR}-08`,
    limit: 5,
    fates: ["ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "WITHDRAWN"],
  },
  {
    issueDay: `${YEAR}-10-13`,
    period: `${YEAR}-09`,
    limit: 6,
    fates: ["ACCEPTED", "ACCEPTED", "FEEDBACK", "RETURNED", "ISSUED", "ISSUED"],
  },
];

async function seedRound(db: PrismaClient, round: Round, supervisorId: number, firstNumber: number): Promise<number> {
  const now = at(round.issueDay, 9.5);
  const settings = { yellowOverdueDays: 3, redOverdueDays: 7 };
  const [facts, closed, existing] = await Promise.all([
    readProgressFacts(db, round.period, now),
    readClosedItems(db),
    readExistingNotices(db, YEAR),
  ]);
  const proposals = proposeNotices({
    today: round.issueDay,
    period: round.period,
    settings,
    ...facts,
    existing,
    closed,
  })
    .filter((proposal) => proposal.reason !== "UNANSWERED")
    .slice(0, round.limit);
  const feedbackDue = addWorkingDays(round.issueDay, 5);
  let number = firstNumber;
  for (const [index, proposal] of proposals.entries()) {
    const state = round.fates[index] ?? "ISSUED";
    const users = await db.user.findMany({
      where: { unitId: proposal.unitId },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const answered = state === "ACCEPTED" || state === "FEEDBACK" || state === "RETURNED";
    const decided = state === "ACCEPTED" || state === "RETURNED" || state === "WITHDRAWN";
    await db.supervisionNotice.create({
      data: {
        ...proposal,
        factsData: proposal.factsData,
        year: YEAR,
        number: number++,
        state,
        proposedAt: at(round.issueDay, 8),
        issuedAt: now,
        issuedById: supervisorId,
        feedbackDue: dateColumnOfDay(feedbackDue),
        feedbackText: answered ? FEEDBACK[index % FEEDBACK.length] : "",
        feedbackAt: answered ? at(addWorkingDays(round.issueDay, 3), 16) : null,
        feedbackById: answered ? (users[0]?.id ?? null) : null,
        decisionNote:
          state === "ACCEPTED"
            ? ACCEPTED
            : state === "RETURNED"
              ? RETURNED
              : state === "WITHDRAWN"
                ? "该单位已于通报前报送并经审核通过,撤回本督查单。"
                : "",
        decidedAt: decided ? at(addWorkingDays(round.issueDay, 4), 10) : null,
        decidedById: decided ? supervisorId : null,
        isDemo: true,
      },
    });
  }
  return number;
}

async function seedBulletin(db: PrismaClient, period: string, issueDay: string, number: number, supervisorId: number) {
  const issuedAt = at(issueDay, 15);
  const figures = await buildBulletinFigures(db, period, issuedAt);
  if (!figures) return;
  await db.bulletin.create({
    data: {
      year: YEAR,
      period,
      number,
      state: "ISSUED",
      title: defaultBulletinTitle(period),
      texts: draftTexts(figures),
      figures,
      signedOn: dateColumnOfDay(issueDay),
      createdAt: at(issueDay, 9),
      updatedAt: issuedAt,
      issuedAt,
      issuedById: supervisorId,
      isDemo: true,
    },
  });
}

/** Once, on the first demo start, after the reports' history. */
export async function seedDemoSupervision(
  db: PrismaClient,
): Promise<{ notices: number; bulletins: number; closeouts: number } | null> {
  if (await db.supervisionNotice.count({ where: { isDemo: true } })) return null;
  const supervisor = await db.user.findFirst({
    where: { role: "SUPERVISOR" },
    orderBy: [{ isDemo: "desc" }, { id: "asc" }],
  });
  if (!supervisor) return null;
  const closeouts = await seedDemoCloseouts(db, supervisor.id);
  let number = 1;
  number = await seedRound(db, ROUNDS[0], supervisor.id, number);
  await seedBulletin(db, `${YEAR}-08`, `${YEAR}-09-09`, 1, supervisor.id);
  await seedBulletin(db, `${YEAR}-09`, `${YEAR}-10-12`, 2, supervisor.id);
  number = await seedRound(db, ROUNDS[1], supervisor.id, number);
  return { notices: number - 1, bulletins: 2, closeouts };
}
