// Every server action goes through the same guard: signed-in viewer from the database, then the
// policy. Calls here go through the real actions, with only the request (cookies, headers) faked.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { REFUSAL_MESSAGES } from "@/lib/auth/guard";
import { POLICY, type Right } from "@/lib/policy";
import * as adminActions from "@/lib/admin/actions";
import { ALL_ACTIONS } from "./helpers/doors";
import * as authActions from "@/lib/auth/actions";

const request = vi.hoisted(() => ({ cookie: null as string | null }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "next-auth.session-token" && request.cookie ? { name, value: request.cookie } : undefined,
  }),
  headers: async () => new Headers({ "x-portal-client-address": "127.0.0.77", "x-request-id": randomUUID() }),
}));

const SECRET = "integration-test-secret-of-at-least-32-characters";
process.env.AUTH_SECRET = SECRET;

// The action each exported server action is guarded by, named here by hand: the test fails if an
// action is added without being listed, so none escapes this check.
const GUARDED: Record<string, Right> = {
  proposePlanImportAction: "plan.import",
  confirmPlanImportAction: "plan.import",
  createUserAction: "account.admin",
  updateUserAction: "account.admin",
  disableUserAction: "account.admin",
  enableUserAction: "account.admin",
  unlockUserAction: "account.admin",
  resetUserPasswordAction: "account.admin",
  revokeUserApiTokenAction: "account.admin",
  createUnitAction: "unit.admin",
  updateUnitAction: "unit.admin",
  changePasswordAction: "account.password",
  confirmTotpAction: "account.totpEnrol",
  disableTotpAction: "account.own",
  createApiTokenAction: "account.own",
  revokeApiTokenAction: "account.own",
  saveReportAction: "report.file",
  submitReportAction: "report.file",
  // The step action asks for the right of the step's actor; {} (no step) reads as saving: report.file.
  reportStepAction: "report.file",
  markNotificationReadAction: "account.own",
  markAllNotificationsReadAction: "account.own",
  sendRemindersAction: "reminder.send",
  saveReminderRulesAction: "reminder.rules",
  listReadableReportsAction: "report.read",
  requestExtensionAction: "extension.request",
  decideExtensionAction: "extension.decide",
  removeAttachmentAction: "report.file",
  previewReportImportAction: "report.file",
  confirmReportImportAction: "report.file",
  savePlanWeightsAction: "plan.manage",
  saveIndicatorScheduleAction: "plan.manage",
  saveQuotaGridAction: "plan.manage",
  previewQuotaUploadAction: "plan.manage",
  confirmQuotaUploadAction: "plan.manage",
  publishPlanAction: "plan.publish",
  changeFirstPeriodAction: "plan.publish",
  updatePointAction: "plan.manage",
  createIndicatorAction: "plan.manage",
  updateIndicatorAction: "plan.manage",
  retireIndicatorAction: "plan.manage",
  deleteIndicatorAction: "plan.manage",
  addMilestoneAction: "plan.manage",
  saveBaselinesAction: "plan.manage",
  fillBaselinesFromPreviousYearAction: "plan.manage",
};

const allActions = ALL_ACTIONS;

async function actAs(username: string | null, extraClaims: Record<string, unknown> = {}) {
  if (!username) {
    request.cookie = null;
    return;
  }
  const result = await signInWithPassword(
    getPrisma(),
    { username, password: DEMO_PASSWORD, context: { clientAddress: `guard-${username}`, requestId: randomUUID() } },
    readAuthSettings(),
  );
  if (!result.ok) throw new Error(`${username}: ${result.error}`);
  request.cookie = await encode({ token: { sid: result.sessionId, ...extraClaims }, secret: SECRET });
}

const dataCounts = async () => ({
  users: await getPrisma().user.count(),
  plans: await getPrisma().plan.count(),
  units: await getPrisma().unit.count(),
  tokens: await getPrisma().apiToken.count(),
});

describe("the guard on every server action", () => {
  it("lists every exported server action", () => {
    expect(Object.keys(allActions).sort()).toEqual(Object.keys(GUARDED).sort());
  });

  it("refuses every action without a signed-in session, changing nothing", async () => {
    await actAs(null);
    const before = await dataCounts();
    for (const [name, action] of Object.entries(allActions)) {
      expect(await action({}), name).toEqual({ ok: false, message: REFUSAL_MESSAGES.signedOut });
    }
    await authActions.signOutAction();
    expect(await dataCounts()).toEqual(before);
  });

  it("lets each role through exactly the actions the policy gives it, and audits each refusal", async () => {
    const sample = [
      "admin",
      "auditor",
      "leader",
      "supervisor",
      "dept-yanglao",
      "hanjiang-reporter",
      "hanjiang-approver",
    ];
    const auditorDenials = () =>
      getPrisma().auditEvent.count({ where: { username: "auditor", action: "plan.import", result: "DENIED" } });
    const deniedBefore = await auditorDenials();
    for (const username of sample) {
      const role = DEMO_ACCOUNTS.find((account) => account.username === username)!.role;
      await actAs(username);
      for (const [name, action] of Object.entries(allActions)) {
        const allowed = role in POLICY[GUARDED[name]];
        const result = await action({});
        // Allowed callers get as far as input validation ({} is never valid input); others are refused.
        expect(result.ok, `${username} ${name}`).toBe(false);
        if (allowed) expect(result.message, `${username} ${name}`).not.toBe(REFUSAL_MESSAGES.forbidden);
        else expect(result.message, `${username} ${name}`).toBe(REFUSAL_MESSAGES.forbidden);
      }
    }
    // Once per refusal, under the right that was asked for: the auditor was refused both plan imports.
    expect((await auditorDenials()) - deniedBefore).toBe(2);
  });

  it("ignores role and unit claims forged into the token", async () => {
    await actAs("beian-reporter", { role: "ADMIN", unitId: 1, unitCode: "city" });
    const result = await adminActions.createUnitAction({
      code: "forged-unit",
      name: "伪造单位",
      shortName: "伪造",
      kind: "COUNTY",
    });
    expect(result).toEqual({ ok: false, message: REFUSAL_MESSAGES.forbidden });
    expect(await getPrisma().unit.findUnique({ where: { code: "forged-unit" } })).toBeNull();
  });
});
