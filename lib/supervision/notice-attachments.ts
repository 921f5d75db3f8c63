// A 督查单's evidence (整改佐证材料), for the one attachment service (lib/attachments/owners.ts
// registers these rules; shaped as its OwnerRules without importing them, so lib/attachments and
// lib/supervision keep no circle). Whoever reads the notice downloads; its own unit uploads and
// removes while it owes an answer (待反馈, or 退回 for a new one).
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { NoticeState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-type";
import { can } from "@/lib/policy";
import { UNANSWERED_STATES } from "./notice-words";
import { readableNoticesWhere } from "./queries";

type Db = PrismaClient | Prisma.TransactionClient;

export const MAX_ATTACHMENTS_PER_NOTICE = 20;

function refusalOf(viewer: Viewer, notice: { unitId: number; state: NoticeState } | undefined | null) {
  if (!notice) return "督查单不存在。";
  if (notice.unitId !== viewer.unitId || !can(viewer, "notice.feedback", notice.unitId))
    return "只有责任单位可以上传整改佐证材料。";
  if (!UNANSWERED_STATES.includes(notice.state)) return "督查单已反馈或已办结,不能再修改佐证材料。";
  return null;
}

export const noticeOwnerRules = {
  column: "noticeId" as const,
  label: "督查单",
  right: "notice.feedback" as const,
  maxFiles: MAX_ATTACHMENTS_PER_NOTICE,
  readableWhere(viewer: Viewer): Prisma.AttachmentWhereInput | null {
    const readable = readableNoticesWhere(viewer);
    return readable && { notice: readable };
  },
  async exists(db: Db, id: number) {
    return (await db.supervisionNotice.count({ where: { id } })) > 0;
  },
  async readable(db: Db, viewer: Viewer, id: number) {
    const readable = readableNoticesWhere(viewer);
    return readable !== null && (await db.supervisionNotice.count({ where: { AND: [{ id }, readable] } })) > 0;
  },
  async editRefusal(db: Db, viewer: Viewer, id: number, lock: boolean) {
    if (!lock)
      return refusalOf(
        viewer,
        await db.supervisionNotice.findUnique({ where: { id }, select: { unitId: true, state: true } }),
      );
    const [row] = await db.$queryRaw<{ unitId: number; state: NoticeState }[]>`
      SELECT "unitId", state FROM "SupervisionNotice" WHERE id = ${id} FOR UPDATE`;
    return refusalOf(viewer, row);
  },
};
