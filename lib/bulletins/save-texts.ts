// The supervisor's words in a draft. A part left as drafted is not stored, so it keeps following
// the figures until the 通报 is issued; a changed part is kept as typed. One transaction, one audit row.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActorOf } from "@/lib/audit/actor";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { buildBulletinFigures } from "./build-figures";
import { draftTexts } from "./draft-texts";
import { lockDraft } from "./lock-draft";
import type { SaveBulletinTextsInput } from "./schemas";
import { OPTIONAL_PARTS, TEXT_PART_LABELS, TEXT_PARTS, type TextPart } from "./text-parts";

export async function saveBulletinTexts(
  db: PrismaClient,
  actor: Viewer,
  context: RequestContext,
  input: SaveBulletinTextsInput,
  now: Date = portalNow(),
): Promise<{ version: number; changed: TextPart[] }> {
  for (const part of TEXT_PARTS)
    if (!OPTIONAL_PARTS.has(part) && input.texts[part].trim() === "")
      throw new UserError(`请填写“${TEXT_PART_LABELS[part]}”。`, { field: `texts.${part}` });
  const draft = await db.bulletin.findUnique({ where: { id: input.id }, select: { period: true } });
  if (!draft) throw new UserError("通报不存在,请刷新页面。");
  const figures = await buildBulletinFigures(db, draft.period, now);
  if (!figures) throw new UserError("该月份的工作要点数据不可用。");
  const drafted = draftTexts(figures);
  const typed: Partial<Record<TextPart, string>> = {};
  for (const part of TEXT_PARTS) {
    const text = input.texts[part].trim();
    if (text !== drafted[part].trim()) typed[part] = text;
  }
  return db.$transaction(async (tx) => {
    const bulletin = await lockDraft(tx, input.id, input.expectedVersion);
    const before = (bulletin.texts ?? {}) as Partial<Record<TextPart, string>>;
    const changed = TEXT_PARTS.filter((part) => (before[part] ?? null) !== (typed[part] ?? null));
    const titleChanged = bulletin.title !== input.title;
    if (changed.length === 0 && !titleChanged) return { version: bulletin.version, changed };
    const updated = await tx.bulletin.update({
      where: { id: bulletin.id },
      data: { title: input.title, texts: typed, updatedAt: now, version: { increment: 1 } },
      select: { version: true },
    });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "bulletin.texts",
      result: "SUCCESS",
      objectType: "Bulletin",
      objectId: bulletin.id,
      before: { title: bulletin.title, texts: before },
      after: { title: input.title, texts: typed },
      detail: [...(titleChanged ? ["标题"] : []), ...changed.map((part) => TEXT_PART_LABELS[part])].join("、"),
      context,
    });
    return { version: updated.version, changed };
  });
}
