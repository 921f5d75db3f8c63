import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleFitsUnit, roleUnitMisfit } from "@/lib/admin/role-unit-fit";
import { ALL_UNITS } from "@/lib/org/units";

const unit = (code: string) => ALL_UNITS.find((candidate) => candidate.code === code)!;
const fits = (role: Role) =>
  ALL_UNITS.filter((candidate) => roleFitsUnit(role, candidate)).map((candidate) => candidate.code);

const DEPARTMENT_CODES = ALL_UNITS.filter((candidate) => candidate.kind === "DEPARTMENT").map(
  (candidate) => candidate.code,
);
const COUNTY_CODES = ALL_UNITS.filter((candidate) => candidate.kind === "COUNTY").map((candidate) => candidate.code);

describe("which units a role may belong to", () => {
  it.each(["COUNTY_REPORTER", "COUNTY_APPROVER"] as const)("%s: the county bureaus only", (role) => {
    expect(fits(role)).toEqual(COUNTY_CODES);
  });

  it("DEPARTMENT: the city departments only, not the bureau itself", () => {
    expect(fits("DEPARTMENT")).toEqual(DEPARTMENT_CODES);
  });

  it("SUPERVISOR: the city bureau or its office, no other department and no county", () => {
    expect(fits("SUPERVISOR")).toEqual(["city", "office"]);
  });

  it.each(["ADMIN", "AUDITOR", "LEADER"] as const)("%s: the city bureau or a department, never a county", (role) => {
    expect(fits(role)).toEqual(["city", ...DEPARTMENT_CODES]);
  });

  it("judges a unit added later by its kind", () => {
    expect(roleFitsUnit("COUNTY_REPORTER", { code: "new-county", kind: "COUNTY" })).toBe(true);
    expect(roleFitsUnit("DEPARTMENT", { code: "new-county", kind: "COUNTY" })).toBe(false);
    expect(roleFitsUnit("SUPERVISOR", { code: "new-dept", kind: "DEPARTMENT" })).toBe(false);
  });
});

describe("the refusal message", () => {
  it("names the role, the rule and the unit in Chinese", () => {
    expect(roleUnitMisfit("DEPARTMENT", unit("licheng"))).toBe("「科室」角色只能属于市局科室,不能设在「荔城区」。");
    expect(roleUnitMisfit("SUPERVISOR", unit("yanglao"))).toBe(
      "「督查」角色只能属于市民政局或办公室,不能设在「养老服务科」。",
    );
  });

  it("is null when the role fits", () => {
    expect(roleUnitMisfit("COUNTY_APPROVER", unit("xianyou"))).toBeNull();
    expect(roleUnitMisfit("ADMIN", unit("city"))).toBeNull();
  });
});
