import type { UnitKind } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/time/format";

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  BUREAU: "市民政局",
  DEPARTMENT: "市局科室",
  COUNTY: "县区",
};

/** 正常 / 已停用 / 已锁定至…: a disabled account reads as disabled even while also locked. */
export function userStateLabel(user: { disabledAt: Date | null; lockedUntil: Date | null }, now: Date): string {
  if (user.disabledAt) return "已停用";
  if (user.lockedUntil && user.lockedUntil > now) return `已锁定至 ${formatDateTime(user.lockedUntil)}`;
  return "正常";
}
