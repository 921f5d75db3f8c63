import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { portalNow } from "@/lib/time/clock";
import { formatPeriod } from "@/lib/time/format";
import { STEP_LABELS, type Step } from "./workflow";

type Audience = "unitReporters" | "countyApprovers" | "reviewers";

// Who hears about each step: the next person to act, or the reporters when their report comes back.
const AUDIENCE: Partial<Record<Step, Audience>> = {
  sendForSignoff: "countyApprovers",
  sign: "reviewers",
  submit: "reviewers",
  sendBack: "unitReporters",
  return: "unitReporters",
  approve: "unitReporters",
};

/** In-app notifications for a step, written in the step's transaction. */
export async function notifyAfterStep(
  tx: Prisma.TransactionClient,
  reportId: number,
  step: Step,
  reason: string,
): Promise<void> {
  const audience = AUDIENCE[step];
  if (!audience) return;
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      period: true,
      unitId: true,
      unit: { select: { name: true, kind: true } },
      point: { select: { no: true, title: true, leadUnitId: true } },
    },
  });
  const recipients = await tx.user.findMany({
    where: { disabledAt: null, ...recipientsWhere(audience, report) },
    select: { id: true },
  });
  const title = `${report.unit.name} ${formatPeriod(report.period)} 第${report.point.no}条:${STEP_LABELS[step]}`;
  await tx.notification.createMany({
    data: recipients.map((user) => ({
      userId: user.id,
      createdAt: portalNow(),
      kind: `report.${step}`,
      title,
      body: reason,
      link: `/reports/${reportId}`,
    })),
  });
}

function recipientsWhere(
  audience: Audience,
  report: { unitId: number; unit: { kind: string }; point: { leadUnitId: number } },
): Prisma.UserWhereInput {
  const reporterRole: Role = report.unit.kind === "COUNTY" ? "COUNTY_REPORTER" : "DEPARTMENT";
  switch (audience) {
    case "unitReporters":
      return { unitId: report.unitId, role: reporterRole };
    case "countyApprovers":
      return { unitId: report.unitId, role: "COUNTY_APPROVER" };
    case "reviewers":
      return report.unit.kind === "COUNTY"
        ? { unitId: report.point.leadUnitId, role: "DEPARTMENT" }
        : { role: "SUPERVISOR" };
  }
}
