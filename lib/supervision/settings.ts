// The ladder's settings: one row (id 1), made by the migration; read with the defaults when a
// database predates it.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type SupervisionSettingsView = {
  yellowOverdueDays: number;
  redOverdueDays: number;
  feedbackWorkingDays: number;
  autoIssue: boolean;
};

const SELECT = { yellowOverdueDays: true, redOverdueDays: true, feedbackWorkingDays: true, autoIssue: true } as const;

export async function readSupervisionSettings(db: Db): Promise<SupervisionSettingsView> {
  return (
    (await db.supervisionSettings.findUnique({ where: { id: 1 }, select: SELECT })) ?? {
      yellowOverdueDays: 3,
      redOverdueDays: 7,
      feedbackWorkingDays: 5,
      autoIssue: false,
    }
  );
}
