import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { availableSteps, refusalOf, stateAfter, type WorkflowReport } from "@/lib/reports/workflow";

const COUNTY = 30;
const OTHER_COUNTY = 31;
const LEAD_DEPARTMENT = 3;
const OTHER_DEPARTMENT = 4;
const countyReport = (state: WorkflowReport["state"]): WorkflowReport => ({
  state,
  unitId: COUNTY,
  unitKind: "COUNTY",
  leadUnitId: LEAD_DEPARTMENT,
});
const departmentReport = (state: WorkflowReport["state"]): WorkflowReport => ({
  state,
  unitId: LEAD_DEPARTMENT,
  unitKind: "DEPARTMENT",
  leadUnitId: LEAD_DEPARTMENT,
});
const who = (role: Role, unitId: number) => ({ role, unitId });

describe("who may take which step on a county report", () => {
  it("follows reporter → county approver → lead department", () => {
    expect(availableSteps(countyReport("DRAFT"), who("COUNTY_REPORTER", COUNTY), false)).toEqual([
      "save",
      "sendForSignoff",
    ]);
    expect(availableSteps(countyReport("AWAITING_SIGNOFF"), who("COUNTY_APPROVER", COUNTY), false)).toEqual([
      "sign",
      "sendBack",
    ]);
    expect(availableSteps(countyReport("SUBMITTED"), who("DEPARTMENT", LEAD_DEPARTMENT), false)).toEqual([
      "approve",
      "return",
    ]);
    expect(availableSteps(countyReport("RETURNED"), who("COUNTY_REPORTER", COUNTY), false)).toEqual([
      "save",
      "sendForSignoff",
    ]);
    expect(availableSteps(countyReport("APPROVED"), who("COUNTY_REPORTER", COUNTY), false)).toEqual(["reopen"]);
  });

  it("gives nothing to other counties, other departments, leaders, or the wrong role of the same county", () => {
    for (const state of ["DRAFT", "AWAITING_SIGNOFF", "SUBMITTED", "RETURNED", "APPROVED"] as const) {
      expect(availableSteps(countyReport(state), who("COUNTY_REPORTER", OTHER_COUNTY), false)).toEqual([]);
      expect(availableSteps(countyReport(state), who("COUNTY_APPROVER", OTHER_COUNTY), false)).toEqual([]);
      expect(availableSteps(countyReport(state), who("DEPARTMENT", OTHER_DEPARTMENT), false)).toEqual([]);
      expect(availableSteps(countyReport(state), who("LEADER", 1), false)).toEqual([]);
      expect(availableSteps(countyReport(state), who("SUPERVISOR", 2), false)).toEqual([]);
      expect(availableSteps(countyReport(state), who("ADMIN", 1), false)).toEqual([]);
    }
    expect(availableSteps(countyReport("DRAFT"), who("COUNTY_APPROVER", COUNTY), false)).toEqual([]);
    expect(availableSteps(countyReport("AWAITING_SIGNOFF"), who("COUNTY_REPORTER", COUNTY), false)).toEqual([]);
  });

  it("keeps whoever edited the report from signing or approving it", () => {
    expect(refusalOf("sign", countyReport("AWAITING_SIGNOFF"), who("COUNTY_APPROVER", COUNTY), true)).toBe(
      "您修改过这份报告,不能由您本人审核。",
    );
    expect(refusalOf("approve", countyReport("SUBMITTED"), who("DEPARTMENT", LEAD_DEPARTMENT), true)).toBe(
      "您修改过这份报告,不能由您本人审核。",
    );
    expect(availableSteps(countyReport("AWAITING_SIGNOFF"), who("COUNTY_APPROVER", COUNTY), true)).toEqual([
      "sendBack",
    ]);
  });

  it("says why a step is refused in the report's state", () => {
    expect(refusalOf("approve", countyReport("DRAFT"), who("DEPARTMENT", LEAD_DEPARTMENT), false)).toBe(
      "报告当前为“草稿”,不能审核通过。",
    );
  });
});

describe("a city department's own report", () => {
  it("goes from the department straight to the supervisor", () => {
    expect(availableSteps(departmentReport("DRAFT"), who("DEPARTMENT", LEAD_DEPARTMENT), false)).toEqual([
      "save",
      "submit",
    ]);
    expect(availableSteps(departmentReport("SUBMITTED"), who("SUPERVISOR", 2), false)).toEqual(["approve", "return"]);
    expect(availableSteps(departmentReport("SUBMITTED"), who("DEPARTMENT", LEAD_DEPARTMENT), false)).toEqual([]);
  });
});

describe("states after each step", () => {
  it("keeps a returned report returned while it is corrected, and opens a correction as a draft", () => {
    expect(stateAfter("save", "RETURNED")).toBe("RETURNED");
    expect(stateAfter("save", "DRAFT")).toBe("DRAFT");
    expect(stateAfter("reopen", "APPROVED")).toBe("DRAFT");
    expect(stateAfter("sign", "AWAITING_SIGNOFF")).toBe("SUBMITTED");
  });
});
