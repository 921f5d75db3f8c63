import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, RIGHT_LABELS, RIGHTS, type Right, rolesWith, unitFilter } from "@/lib/policy";
import { homeFor, navigationFor } from "@/lib/auth/navigation";

// The expected matrix, written out by hand from DESIGN.md and the issue, so the policy table is
// checked against the intent rather than against itself. "own": only the viewer's own unit.
const EXPECTED: Record<Right, Partial<Record<Role, "all" | "own">>> = {
  "plan.read": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "all", COUNTY_REPORTER: "all", COUNTY_APPROVER: "all" },
  "plan.import": { SUPERVISOR: "all" },
  "plan.manage": { SUPERVISOR: "all" },
  "plan.publish": { SUPERVISOR: "all" },
  "unitTasks.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "dashboard.readAll": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "all" },
  "dashboard.readCounty": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "dashboard.readDepartment": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "all" },
  "review.readQueue": { LEADER: "all", SUPERVISOR: "all", DEPARTMENT: "own", COUNTY_APPROVER: "own" },
  "report.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "report.duties": { DEPARTMENT: "own", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own" },
  "report.file": { DEPARTMENT: "own", COUNTY_REPORTER: "own" },
  "report.signoff": { COUNTY_APPROVER: "own" },
  "report.approve": { DEPARTMENT: "all" },
  "report.approveDepartmentReport": { SUPERVISOR: "all" },
  "extension.read": { DEPARTMENT: "own", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own", SUPERVISOR: "all" },
  "extension.request": { DEPARTMENT: "own", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own" },
  "extension.decide": { SUPERVISOR: "all" },
  "reminder.send": { SUPERVISOR: "all" },
  "reminder.rules": { SUPERVISOR: "all" },
  "notice.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "own",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "notice.feedback": { DEPARTMENT: "own", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own" },
  "notice.issue": { SUPERVISOR: "all" },
  "notice.decide": { SUPERVISOR: "all" },
  "notice.settings": { SUPERVISOR: "all" },
  "bulletin.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "all",
    COUNTY_APPROVER: "all",
  },
  "bulletin.manage": { SUPERVISOR: "all" },
  "closeout.read": {
    LEADER: "all",
    SUPERVISOR: "all",
    DEPARTMENT: "all",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "closeout.apply": { DEPARTMENT: "own", COUNTY_REPORTER: "own", COUNTY_APPROVER: "own" },
  "closeout.verify": { DEPARTMENT: "all" },
  "closeout.close": { SUPERVISOR: "all" },
  "account.admin": { ADMIN: "all" },
  "unit.admin": { ADMIN: "all" },
  "backup.read": { ADMIN: "all" },
  "audit.read": { AUDITOR: "all" },
  "audit.export": { AUDITOR: "all" },
  "account.own": {
    ADMIN: "own",
    AUDITOR: "own",
    LEADER: "own",
    SUPERVISOR: "own",
    DEPARTMENT: "own",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "account.password": {
    ADMIN: "own",
    AUDITOR: "own",
    LEADER: "own",
    SUPERVISOR: "own",
    DEPARTMENT: "own",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "account.totpEnrol": {
    ADMIN: "own",
    AUDITOR: "own",
    LEADER: "own",
    SUPERVISOR: "own",
    DEPARTMENT: "own",
    COUNTY_REPORTER: "own",
    COUNTY_APPROVER: "own",
  },
  "session.read": {
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
    expect([...RIGHTS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Right[]) {
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
    const personal: Right[] = ["account.own", "account.password", "account.totpEnrol", "session.read"];
    const adminRights = RIGHTS.filter((right) => can({ role: "ADMIN", unitId: 1 }, right));
    expect(adminRights.sort()).toEqual(["account.admin", "backup.read", "unit.admin", ...personal].sort());
    const auditorRights = RIGHTS.filter((right) => can({ role: "AUDITOR", unitId: 1 }, right));
    expect(auditorRights.sort()).toEqual(["audit.export", "audit.read", ...personal].sort());
  });

  it("never lets one role both file and approve the same county's reports", () => {
    for (const role of rolesWith("report.signoff")) expect(rolesWith("report.file")).not.toContain(role);
    expect(rolesWith("report.approve")).toEqual(["DEPARTMENT"]);
    expect(rolesWith("report.approveDepartmentReport")).toEqual(["SUPERVISOR"]);
  });

  it("names every right in Chinese", () => {
    for (const right of RIGHTS) expect(RIGHT_LABELS[right]).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe("navigation follows the policy", () => {
  const nav = (role: Role, unitCode = "xianyou") =>
    navigationFor({ role, unitId: OWN_UNIT, unitCode }).map((item) => item.label);

  it("shows each role only its own places", () => {
    expect(nav("ADMIN")).toEqual(["用户管理", "单位管理", "数据备份"]);
    expect(nav("AUDITOR")).toEqual(["审计日志"]);
    expect(nav("LEADER")).toEqual(["督办看板", "工作要点", "单位任务", "督查单", "通报", "办结销号"]);
    expect(nav("SUPERVISOR")).toEqual([
      "督办看板",
      "工作要点",
      "导入要点",
      "单位任务",
      "待审核",
      "催办",
      "延期申请",
      "督查单",
      "通报",
      "办结销号",
    ]);
    expect(nav("DEPARTMENT")).toEqual([
      "督办看板",
      "本科室看板",
      "工作要点",
      "单位任务",
      "本月填报",
      "待审核",
      "延期申请",
      "通报",
    ]);
    expect(nav("COUNTY_REPORTER")).toEqual(["本县看板", "工作要点", "本单位任务", "本月填报", "延期申请", "通报"]);
    expect(nav("COUNTY_APPROVER")).toEqual([
      "本县看板",
      "工作要点",
      "本单位任务",
      "本月填报",
      "待审核",
      "延期申请",
      "通报",
    ]);
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
      "/bulletins",
    ]);
  });

  it("lands every role on its first job: reviewers on 待审核, those who file on 本月填报, the others on their first place", () => {
    const home = (role: Role, unitCode = "meizhou") => homeFor({ role, unitId: OWN_UNIT, unitCode });
    expect(home("COUNTY_APPROVER")).toBe("/reviews");
    expect(home("DEPARTMENT", "yanglao")).toBe("/reviews");
    expect(home("COUNTY_REPORTER")).toBe("/reports");
    expect(home("SUPERVISOR", "office")).toBe("/dashboard");
    expect(home("LEADER", "city")).toBe("/dashboard");
    expect(home("ADMIN", "city")).toBe("/admin/users");
    expect(home("AUDITOR", "city")).toBe("/audit");
  });
});
