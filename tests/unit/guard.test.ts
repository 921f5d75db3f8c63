import { describe, expect, it } from "vitest";
import { guard } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, OBLIGATION_RIGHTS, RIGHTS } from "@/lib/policy";

const ROLES: Role[] = ["ADMIN", "AUDITOR", "LEADER", "SUPERVISOR", "DEPARTMENT", "COUNTY_REPORTER", "COUNTY_APPROVER"];
const free = { mustChangePassword: false, mustEnrolTotp: false };

describe("the one guard", () => {
  it("refuses the signed-out everything", () => {
    for (const right of RIGHTS) expect(guard(null, right)).toEqual({ ok: false, refusal: "signedOut" });
  });

  it("lets a person without obligations do exactly what the table gives their role", () => {
    for (const role of ROLES)
      for (const right of RIGHTS) {
        const viewer = { role, unitId: 7, ...free };
        expect(guard(viewer, right).ok).toBe(can(viewer, right));
        if (!can(viewer, right)) expect(guard(viewer, right)).toEqual({ ok: false, refusal: "forbidden" });
      }
  });

  it("lets an account that must change its password do nothing but that and read who it is", () => {
    for (const role of ROLES)
      for (const right of RIGHTS) {
        const decision = guard({ role, unitId: 7, mustChangePassword: true, mustEnrolTotp: false }, right);
        if (OBLIGATION_RIGHTS.includes(right)) expect(decision.ok).toBe(true);
        else expect(decision).toEqual({ ok: false, refusal: "mustChangePassword" });
      }
  });

  it("lets an account that must enrol a second factor do nothing but that and read who it is", () => {
    for (const role of ROLES)
      for (const right of RIGHTS) {
        const decision = guard({ role, unitId: 7, mustChangePassword: false, mustEnrolTotp: true }, right);
        if (OBLIGATION_RIGHTS.includes(right)) expect(decision.ok).toBe(true);
        else expect(decision).toEqual({ ok: false, refusal: "mustEnrolTotp" });
      }
    expect([...OBLIGATION_RIGHTS].sort()).toEqual(["account.password", "account.totpEnrol", "session.read"]);
  });

  it("checks the resource's unit for rights a role holds only for its own unit", () => {
    const county = { role: "COUNTY_REPORTER" as const, unitId: 7, ...free };
    expect(guard(county, "report.file", 7).ok).toBe(true);
    expect(guard(county, "report.file", 8)).toEqual({ ok: false, refusal: "forbidden" });
    expect(guard({ ...county, role: "LEADER" }, "report.read", 8).ok).toBe(true);
  });
});
