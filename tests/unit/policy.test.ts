import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { ACTIONS, can, unitFilter, type Action } from "@/lib/policy";
import { homeFor, navigationFor } from "@/lib/auth/navigation";

// The expected matrix, written out by hand from DESIGN.md and the issue, so the policy table is
// checked against the intent rather than against itself. "own": only the viewer's own unit.
const EXPECTED: Record<Action, Partial<Record<Role, "all" | "own">>> = {
  "plan.read": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "all", COUNTY_REPORTER: "all", COUNTY_APPROVER: "all" },
  "plan.import": { SUPERVISOR: "all" },
  "unitTasks.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "dashboard.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "report.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "report.act": { SUPERVISOR: "all", DEPARTMENT: "all", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own" },
  "user.manage": { ADMIN: "all" },
  "unit.manage": { ADMIN: "all" },
  "audit.read": { AUDITOR: "all" },
  "audit.export": { AUDITOR: "all" },
  "account.manageOwn": {
    ADMIN: "own",
    AUDITOR: "own",
    LEADER: "own",
    SUPERVISOR: "own",
    DEPARTMENT: "own",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
};

const ROLES: Role[] = ["ADMIN", "AUDITOR", "LEADER", "SUPERVISOR", "DEPARTMENT", "COUNTY_REPORTER", "COUNTY_APPROVER"];
const OWN_UNIT = 10;
const OTHER_UNIT = 11;

describe("the policy, role by action", () => {
  it("covers exactly the actions the matrix names", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const role of ROLES) {
      const expected = EXPECTED[action][role];
      it(`${role} ${expected ? `may ${action} (${expected})` : `may not ${action}`}`, () => {
        const viewer = { role, unitId: OWN_UNIT };
        expect(can(viewer, action, OWN_UNIT)).toBe(expected !== undefined);
        expect(can(viewer, action, OTHER_UNIT)).toBe(expected === "all");
        expect(unitFilter(viewer, action)).toEqual(
          expected === undefined ? null : expected === "all" ? {} : { unitId: OWN_UNIT },
        );
      });
    }
  }
});

describe("separation of duties", () => {
  it("keeps administrators out of business data and the audit log, and auditors out of everything but the log", () => {
    const businessAndAudit: Action[] = [
      "dashboard.read",
      "plan.read",
      "plan.import",
      "unitTasks.read",
      "report.read",
      "report.act",
      "audit.read",
      "audit.export",
    ];
    for (const action of businessAndAudit) expect(can({ role: "ADMIN", unitId: 1 }, action)).toBe(false);
    const notAudit = ACTIONS.filter((action) => !action.startsWith("audit.") && action !== "account.manageOwn");
    for (const action of notAudit) expect(can({ role: "AUDITOR", unitId: 1 }, action)).toBe(false);
  });
});

describe("navigation follows the policy", () => {
  const nav = (role: Role, unitCode = "xianyou") =>
    navigationFor({ role, unitId: OWN_UNIT, unitCode }).map((item) => item.label);

  it("shows each role only its own places", () => {
    expect(nav("ADMIN")).toEqual(["用户管理", "单位管理"]);
    expect(nav("AUDITOR")).toEqual(["审计日志"]);
    expect(nav("LEADER")).toEqual(["督办看板", "工作要点", "单位任务"]);
    expect(nav("SUPERVISOR")).toEqual(["督办看板", "工作要点", "导入要点", "单位任务", "待审核", "催办", "延期申请"]);
    expect(nav("DEPARTMENT")).toEqual([
      "督办看板",
      "本科室看板",
      "工作要点",
      "单位任务",
      "本月填报",
      "待审核",
      "延期申请",
    ]);
    expect(nav("COUNTY_REPORTER")).toEqual(["本县看板", "工作要点", "本单位任务", "本月填报", "延期申请"]);
    expect(nav("COUNTY_APPROVER")).toEqual(["本县看板", "工作要点", "本单位任务", "本月填报", "待审核", "延期申请"]);
  });

  it("sends a county to its own unit's page, and to the month's reports and review queue", () => {
    const hrefs = navigationFor({ role: "COUNTY_APPROVER", unitId: OWN_UNIT, unitCode: "meizhou" }).map(
      (item) => item.href,
    );
    expect(hrefs).toEqual([
      "/dashboard/counties/meizhou",
      "/plans",
      "/units/meizhou",
      "/reports",
      "/reviews",
      "/extensions",
    ]);
  });

  it("lands those who file on the month's filing, and everyone else on their first place", () => {
    expect(homeFor({ role: "COUNTY_REPORTER", unitId: OWN_UNIT, unitCode: "meizhou" })).toBe("/reports");
    expect(homeFor({ role: "LEADER", unitId: OWN_UNIT, unitCode: "city" })).toBe("/dashboard");
    expect(homeFor({ role: "ADMIN", unitId: OWN_UNIT, unitCode: "city" })).toBe("/admin/users");
  });
});
