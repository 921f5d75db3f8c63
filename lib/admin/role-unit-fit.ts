import type { Role, UnitKind } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/policy";

/** The department that holds 督查; identified by its stable code, since an administrator may rename it. */
export const OFFICE_UNIT_CODE = "office";

export type FitUnit = { code: string; kind: UnitKind };

/** May an account with this role belong to this unit? A role that does not fit its unit would see the wrong tasks. */
export function roleFitsUnit(role: Role, unit: FitUnit): boolean {
  switch (role) {
    case "COUNTY_REPORTER":
    case "COUNTY_APPROVER":
      return unit.kind === "COUNTY";
    case "DEPARTMENT":
      return unit.kind === "DEPARTMENT";
    case "SUPERVISOR":
      return unit.kind === "BUREAU" || unit.code === OFFICE_UNIT_CODE;
    case "ADMIN":
    case "AUDITOR":
    case "LEADER":
      return unit.kind === "BUREAU" || unit.kind === "DEPARTMENT";
  }
}

const FIT_RULES: Record<Role, string> = {
  COUNTY_REPORTER: "只能属于县区单位",
  COUNTY_APPROVER: "只能属于县区单位",
  DEPARTMENT: "只能属于市局科室",
  SUPERVISOR: "只能属于市民政局或办公室",
  ADMIN: "只能属于市民政局或市局科室",
  AUDITOR: "只能属于市民政局或市局科室",
  LEADER: "只能属于市民政局或市局科室",
};

/** Why the pair does not fit, in Chinese; null when it does. */
export function roleUnitMisfit(role: Role, unit: FitUnit & { name: string }): string | null {
  return roleFitsUnit(role, unit) ? null : `「${ROLE_LABELS[role]}」角色${FIT_RULES[role]},不能设在「${unit.name}」。`;
}
