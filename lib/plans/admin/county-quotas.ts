// How an indicator reaches the counties, kept in its quotas: SAME and MINIMUM give every county the
// target itself (written again whenever the mode or the target changes); NONE has no quotas (the
// lead department reports), which a county that already reported on it would lose; SPLIT keeps the
// quotas as they are, for the quota grid to adjust.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import type { QuotaMode } from "@/lib/plans/plan-data";

type Tx = Prisma.TransactionClient;

export async function syncCountyQuotas(
  tx: Tx,
  indicator: { id: number; quotaMode: QuotaMode; target: number },
): Promise<void> {
  if (indicator.quotaMode === "SPLIT") return;
  if (indicator.quotaMode === "NONE") {
    const countyReports = await tx.report.count({
      where: { unit: { kind: "COUNTY" }, values: { some: { indicatorId: indicator.id } } },
    });
    if (countyReports > 0)
      throw new UserError(
        `县区已就该指标报送 ${countyReports} 份报告,不能改为不分解(县区的数值将无处归属);可改为其他分解方式或停用该指标。`,
        { field: "quotaMode" },
      );
    await tx.quota.deleteMany({ where: { indicatorId: indicator.id } });
    return;
  }
  const counties = await tx.unit.findMany({ where: { kind: "COUNTY" }, select: { id: true } });
  for (const county of counties) {
    await tx.quota.upsert({
      where: { indicatorId_unitId: { indicatorId: indicator.id, unitId: county.id } },
      create: { indicatorId: indicator.id, unitId: county.id, target: indicator.target, isDemo: false },
      update: { target: indicator.target, isDemo: false },
    });
  }
}
