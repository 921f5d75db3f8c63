// The report workflow as data: which step takes a report from which state to which, and who may
// take it. County reports: reporter → county approver → the point's lead department. A city
// department's own report: department → the supervisor (督查). Pure; the service applies it.
import type { ReportState, Role } from "@/lib/generated/prisma/enums";
import { can, type Right } from "@/lib/policy";

export type Step = "save" | "sendForSignoff" | "sign" | "sendBack" | "submit" | "approve" | "return" | "reopen";

type Actor = "unitReporter" | "countyApprover" | "reviewer";

/** "same": saving a returned report keeps it returned until it is sent again. */
type StepRule = {
  from: ReportState[];
  to: ReportState | "same";
  actor: Actor;
  reasonRequired?: boolean;
  editorsExcluded?: boolean;
  unitKinds: ("COUNTY" | "DEPARTMENT")[];
};

export const STEPS: Record<Step, StepRule> = {
  save: { from: ["DRAFT", "RETURNED"], to: "same", actor: "unitReporter", unitKinds: ["COUNTY", "DEPARTMENT"] },
  sendForSignoff: { from: ["DRAFT", "RETURNED"], to: "AWAITING_SIGNOFF", actor: "unitReporter", unitKinds: ["COUNTY"] },
  sign: {
    from: ["AWAITING_SIGNOFF"],
    to: "SUBMITTED",
    actor: "countyApprover",
    editorsExcluded: true,
    unitKinds: ["COUNTY"],
  },
  sendBack: {
    from: ["AWAITING_SIGNOFF"],
    to: "RETURNED",
    actor: "countyApprover",
    reasonRequired: true,
    unitKinds: ["COUNTY"],
  },
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", actor: "unitReporter", unitKinds: ["DEPARTMENT"] },
  approve: {
    from: ["SUBMITTED"],
    to: "APPROVED",
    actor: "reviewer",
    editorsExcluded: true,
    unitKinds: ["COUNTY", "DEPARTMENT"],
  },
  return: {
    from: ["SUBMITTED"],
    to: "RETURNED",
    actor: "reviewer",
    reasonRequired: true,
    unitKinds: ["COUNTY", "DEPARTMENT"],
  },
  reopen: { from: ["APPROVED"], to: "DRAFT", actor: "unitReporter", unitKinds: ["COUNTY", "DEPARTMENT"] },
};

export const STEP_LABELS: Record<Step, string> = {
  save: "保存草稿",
  sendForSignoff: "提交审核",
  sign: "审核通过并报送",
  sendBack: "退回修改",
  submit: "报送",
  approve: "审核通过",
  return: "退回",
  reopen: "更正(新修订)",
};

export const STATE_LABELS: Record<ReportState, string> = {
  DRAFT: "草稿",
  AWAITING_SIGNOFF: "待县区审核",
  SUBMITTED: "已报送",
  APPROVED: "已通过",
  RETURNED: "已退回",
};

export type WorkflowReport = {
  state: ReportState;
  unitId: number;
  unitKind: "BUREAU" | "DEPARTMENT" | "COUNTY";
  leadUnitId: number;
};
export type WorkflowViewer = { role: Role; unitId: number };

function plays(actor: Actor, report: WorkflowReport, viewer: WorkflowViewer): boolean {
  switch (actor) {
    case "unitReporter":
      return can(viewer, "report.file", report.unitId);
    case "countyApprover":
      return can(viewer, "report.signoff", report.unitId);
    case "reviewer":
      // A county report is reviewed by the department that leads its point; a department's own by the office.
      return report.unitKind === "COUNTY"
        ? can(viewer, "report.approve") && viewer.unitId === report.leadUnitId
        : can(viewer, "report.approveDepartmentReport");
  }
}

/** Why the viewer may not take this step now (in Chinese), or null when they may. */
export function refusalOf(
  step: Step,
  report: WorkflowReport,
  viewer: WorkflowViewer,
  viewerEditedThisRevision: boolean,
): string | null {
  const rule = STEPS[step];
  if (report.unitKind === "BUREAU" || !rule.unitKinds.includes(report.unitKind)) return "此类报告没有这一步。";
  if (!plays(rule.actor, report, viewer)) return "您不能对这份报告进行此操作。";
  if (!rule.from.includes(report.state)) return `报告当前为“${STATE_LABELS[report.state]}”,不能${STEP_LABELS[step]}。`;
  if (rule.editorsExcluded && viewerEditedThisRevision) return "您修改过这份报告,不能由您本人审核。";
  return null;
}

export function stateAfter(step: Step, state: ReportState): ReportState {
  const to = STEPS[step].to;
  return to === "same" ? state : to;
}

/** The steps the viewer can take on the report now, for the buttons on its page. */
export function availableSteps(
  report: WorkflowReport,
  viewer: WorkflowViewer,
  viewerEditedThisRevision: boolean,
): Step[] {
  return (Object.keys(STEPS) as Step[]).filter(
    (step) => refusalOf(step, report, viewer, viewerEditedThisRevision) === null,
  );
}

const RIGHTS_OF_ACTOR: Record<Actor, Right[]> = {
  unitReporter: ["report.file"],
  countyApprover: ["report.signoff"],
  reviewer: ["report.approve", "report.approveDepartmentReport"],
};

/** The right a step asks for at the door: of its actor's rights, the one the viewer holds (else the first). */
export function rightOfStep(step: unknown, viewer: WorkflowViewer): Right {
  const rule = typeof step === "string" && step in STEPS ? STEPS[step as Step] : STEPS.save;
  const rights = RIGHTS_OF_ACTOR[rule.actor];
  return rights.find((right) => can(viewer, right)) ?? rights[0];
}
