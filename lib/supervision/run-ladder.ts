// The daily job of the ladder: the day's proposals written once (createMany skipDuplicates on the
// unique key: a second run, or a second instance, inserts nothing and so tells nobody twice),
// issued at once when the office chose 自动下发, one notification to the office, one audit row.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type AuditActor, type RequestContext, recordAudit } from "@/lib/audit/record-audit";
import { emailReminders } from "@/lib/reminders/email";
import { shanghaiDay } from "@/lib/time/days";
import { periodYear } from "@/lib/time/periods";
import { issueNotices } from "./issue-notices";
import { ladderPeriod, readClosedItems, readExistingNotices, readProgressFacts } from "./ladder-inputs";
import { notifyOffice } from "./notify-units";
import { proposeNotices } from "./propose-notices";
import { readSupervisionSettings } from "./settings";

export type LadderRun = { proposed: number; issued: number };

/** The job runs it on schedule; the office may also run it now (立即检查), audited under its own request. */
export async function runSupervisionLadder(
  db: PrismaClient,
  now: Date,
  request: { actor: AuditActor; context: RequestContext } | null = null,
): Promise<LadderRun> {
  const today = shanghaiDay(now);
  const period = ladderPeriod(now);
  const year = periodYear(period);
  const settings = await readSupervisionSettings(db);
  const [facts, closed, existing] = await Promise.all([
    readProgressFacts(db, period, now),
    readClosedItems(db),
    readExistingNotices(db, year),
  ]);
  const proposals = proposeNotices({ today, period, settings, ...facts, existing, closed });
  if (proposals.length === 0) return { proposed: 0, issued: 0 };
  const yearOf = new Map(existing.map((notice) => [notice.id, notice.year]));
  const context = request?.context ?? { clientAddress: "job", requestId: `supervision:${now.toISOString()}` };
  const actor = request?.actor ?? null;
  const { inserted, mails } = await db.$transaction(async (tx) => {
    const inserted = await tx.supervisionNotice.createManyAndReturn({
      data: proposals.map((proposal) => ({
        ...proposal,
        year: proposal.escalatedFromId === null ? year : (yearOf.get(proposal.escalatedFromId) ?? year),
        state: "PROPOSED" as const,
        proposedAt: now,
      })),
      skipDuplicates: true,
      select: { id: true, version: true, colour: true },
    });
    if (inserted.length === 0) return { inserted, mails: [] };
    const { mails } = settings.autoIssue
      ? await issueNotices(tx, inserted, {
          actor,
          context,
          now,
          feedbackWorkingDays: settings.feedbackWorkingDays,
        })
      : { mails: [] };
    const reds = inserted.filter((notice) => notice.colour === "RED").length;
    const title = settings.autoIssue
      ? `今日自动下发督查单 ${inserted.length} 份`
      : `今日拟发督查单 ${inserted.length} 份`;
    await notifyOffice(tx, title, settings.autoIssue ? "/supervision?tab=open" : "/supervision", "notice.propose");
    await recordAudit(tx, {
      actor,
      action: "notice.propose",
      result: "SUCCESS",
      objectType: "SupervisionNotice",
      objectId: inserted.map((notice) => notice.id).join(","),
      after: { proposed: inserted.length, red: reds, yellow: inserted.length - reds, autoIssue: settings.autoIssue },
      detail: `${title}(红色 ${reds} 份,黄色 ${inserted.length - reds} 份,${period})`,
      context,
    });
    return { inserted, mails };
  });
  await emailReminders(mails);
  return { proposed: inserted.length, issued: settings.autoIssue ? inserted.length : 0 };
}
