// 印发: the next number of the year, 成文日期 today on the portal's clock, the figures and texts frozen
// as they are now (a correction approved later never changes them), an audit row and a notice to
// every unit, all in one transaction.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/admin/unique-violation";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/recipients";
import { rolesWith } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";
import { dateColumnOfDay, shanghaiDay } from "@/lib/time/days";
import { buildBulletinFigures } from "./build-figures";
import { draftTexts } from "./draft-texts";
import { lockDraft } from "./lock-draft";
import type { IssueBulletinInput } from "./schemas";
import { bulletinNumberText, mergeTexts } from "./text-parts";

export async function issueBulletin(
  db: PrismaClient,
  actor: Viewer,
  context: RequestContext,
  input: IssueBulletinInput,
  now: Date = portalNow(),
): Promise<{ numberText: string }> {
  const draft = await db.bulletin.findUnique({ where: { id: input.id }, select: { period: true } });
  if (!draft) throw new UserError("通报不存在,请刷新页面。");
  const figures = await buildBulletinFigures(db, draft.period, now);
  if (!figures) throw new UserError("该月份的工作要点数据不可用,不能印发。");
  try {
    return await db.$transaction(async (tx) => {
      const bulletin = await lockDraft(tx, input.id, input.expectedVersion);
      const last = await tx.bulletin.aggregate({ where: { year: bulletin.year }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const numberText = bulletinNumberText(bulletin.year, number);
      const texts = mergeTexts(draftTexts(figures), bulletin.texts);
      await tx.bulletin.update({
        where: { id: bulletin.id },
        data: {
          state: "ISSUED",
          number,
          signedOn: dateColumnOfDay(shanghaiDay(now)),
          figures,
          texts,
          issuedAt: now,
          issuedById: actor.userId,
          updatedAt: now,
          version: { increment: 1 },
        },
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "bulletin.issue",
        result: "SUCCESS",
        objectType: "Bulletin",
        objectId: bulletin.id,
        before: { state: "DRAFT" },
        after: { state: "ISSUED", number: numberText, signedOn: shanghaiDay(now), dataVersion: figures.dataVersion },
        detail: `印发${bulletin.title}(${numberText})`,
        context,
      });
      await notifyUsers(
        tx,
        { role: { in: rolesWith("bulletin.read") }, id: { not: actor.userId } },
        {
          kind: "bulletin.issue",
          title: `市局印发通报:${bulletin.title}`,
          body: numberText,
          link: `/bulletins/${bulletin.id}`,
        },
      );
      return { numberText };
    });
  } catch (error) {
    // Two 通报 issued at the same instant would take the same number: the unique (year, number) refuses one.
    if (isUniqueViolation(error)) throw new UserError("编号被同时印发的另一份通报占用,请再点一次“印发”。");
    throw error;
  }
}
