// An application for 办结's evidence, as the one attachment service asks of each owner
// (lib/attachments/owner-rules.ts, registered in lib/attachments/owners.ts). Written without naming
// that type, so lib/closeouts never imports lib/attachments (whose registry imports this).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { CloseoutState } from "@/lib/generated/prisma/enums";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { unitFilter } from "@/lib/policy";
import { evidenceRefusal } from "./evidence";

type Db = PrismaClient | Prisma.TransactionClient;

export const MAX_ATTACHMENTS_PER_CLOSEOUT = 20;

const OWNER = { unitId: true, state: true, point: { select: { leadUnitId: true } } } as const;

export const closeoutOwnerRules = {
  column: "closeoutId" as const,
  label: "办结申请",
  right: "closeout.apply" as const,
  maxFiles: MAX_ATTACHMENTS_PER_CLOSEOUT,
  readableWhere(viewer: Viewer): Prisma.AttachmentWhereInput | null {
    const scope = unitFilter(viewer, "closeout.read");
    if (!scope) return null;
    return scope.unitId === undefined ? { closeoutId: { not: null } } : { closeout: { is: { unitId: scope.unitId } } };
  },
  async exists(db: Db, id: number) {
    return (await db.closeout.count({ where: { id } })) > 0;
  },
  async readable(db: Db, viewer: Viewer, id: number) {
    const scope = unitFilter(viewer, "closeout.read");
    return scope !== null && (await db.closeout.count({ where: { id, ...scope } })) > 0;
  },
  async editRefusal(db: Db, viewer: Viewer, id: number, lock: boolean) {
    const closeout = await db.closeout.findUnique({ where: { id }, select: OWNER });
    if (!closeout) return "办结申请不存在。";
    let state: CloseoutState = closeout.state;
    if (lock) {
      const [row] = await db.$queryRaw<
        { state: CloseoutState }[]
      >`SELECT state FROM "Closeout" WHERE id = ${id} FOR UPDATE`;
      if (!row) return "办结申请不存在。";
      state = row.state;
    }
    return evidenceRefusal({ unitId: closeout.unitId, state, leadUnitId: closeout.point.leadUnitId }, viewer);
  },
};
