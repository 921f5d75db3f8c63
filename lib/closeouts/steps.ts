// The close-out's steps after the application, as one table: from which state, to which, by whom,
// and the audit code (distinct from the rights' codes, under which refusals are recorded).
// The lead department verifies or returns an application; the office 销号 a verified one or returns
// it, and reopens a closed one. Pure: the page's buttons and the server's refusal read the same rows.
import type { CloseoutState } from "@/lib/generated/prisma/enums";
import { can, type PolicySubject, type Right } from "@/lib/policy";

export const CLOSEOUT_STEPS = {
  verify: {
    from: "APPLIED",
    to: "VERIFIED",
    right: "closeout.verify",
    reason: false,
    label: "核验通过",
    audit: "closeout.check",
  },
  verifyReturn: {
    from: "APPLIED",
    to: "RETURNED",
    right: "closeout.verify",
    reason: true,
    label: "退回",
    audit: "closeout.check-return",
  },
  close: {
    from: "VERIFIED",
    to: "CLOSED",
    right: "closeout.close",
    reason: false,
    label: "销号",
    audit: "closeout.finish",
  },
  closeReturn: {
    from: "VERIFIED",
    to: "RETURNED",
    right: "closeout.close",
    reason: true,
    label: "退回",
    audit: "closeout.finish-return",
  },
  reopen: {
    from: "CLOSED",
    to: "REOPENED",
    right: "closeout.close",
    reason: true,
    label: "重新打开",
    audit: "closeout.reopen",
  },
} as const satisfies Record<
  string,
  { from: CloseoutState; to: CloseoutState; right: Right; reason: boolean; label: string; audit: string }
>;

export type CloseoutStep = keyof typeof CLOSEOUT_STEPS;
export const STEP_NAMES = Object.keys(CLOSEOUT_STEPS) as CloseoutStep[];

export type StepSubject = { state: CloseoutState; leadUnitId: number };

/** Why the viewer may not take the step on this close-out, or null. */
export function stepRefusal(step: CloseoutStep, closeout: StepSubject, viewer: PolicySubject): string | null {
  const rule = CLOSEOUT_STEPS[step];
  if (!can(viewer, rule.right))
    return rule.right === "closeout.verify" ? "只有牵头科室可以核验办结申请。" : "只有督查可以销号或重新打开。";
  // The data rule of closeout.verify: only the department that leads the point.
  if (rule.right === "closeout.verify" && viewer.unitId !== closeout.leadUnitId)
    return "只有这条要点的牵头科室可以核验办结申请。";
  if (closeout.state !== rule.from) return "该申请已被处理,当前状态不能进行此操作,请刷新后再试。";
  return null;
}

/** The steps the viewer may take now (the page's buttons). */
export const availableSteps = (closeout: StepSubject, viewer: PolicySubject): CloseoutStep[] =>
  STEP_NAMES.filter((step) => stepRefusal(step, closeout, viewer) === null);

export const STATE_LABELS: Record<CloseoutState, string> = {
  APPLIED: "待核验",
  VERIFIED: "待销号",
  CLOSED: "已办结",
  RETURNED: "已退回",
  REOPENED: "已重新打开",
};
