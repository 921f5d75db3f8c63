// What each unit told the city about a point in the month, pure: the words of its report for that
// month that reached the city (submitted or approved), with the state they are in. A report still
// inside the unit (a draft, awaiting the county head) has not reached the city and says nothing here.
import type { ReportState } from "@/lib/generated/prisma/enums";

export type LedgerNarrative = {
  /** 已审核, 待审核, …: shown in brackets before 进展情况. */
  label: string;
  progress: string;
  problems: string;
  nextSteps: string;
  /** When those words reached the city (the portal's clock); null when they have not. */
  submittedAt: Date | null;
};

export const NOT_REACHED: LedgerNarrative = {
  label: "未报送",
  progress: "",
  problems: "",
  nextSteps: "",
  submittedAt: null,
};

/** Steps that bring a report to the city, and the city's decisions on it. */
export const ARRIVALS = ["submit", "sign"];
export const DECISIONS = ["approve", "return"];

type Texts = { progress: string; problems: string; nextSteps: string };
export type ReportRow = Texts & {
  state: ReportState;
  submittedAt: Date | null;
  events: { id: number; action: string; at: Date; snapshot: unknown }[];
};

const textsOf = (snapshot: unknown): Texts => {
  const words = (snapshot ?? {}) as Partial<Texts>;
  return { progress: words.progress ?? "", problems: words.problems ?? "", nextSteps: words.nextSteps ?? "" };
};

/**
 * Submitted or approved: what it says now. Reopened for a correction, or returned by the city: what
 * the city last decided on (the approved words still stand beside the approved figures), from the
 * history's snapshot of that decision. Anything else has not reached the city.
 */
export function narrativeOf(report: ReportRow): LedgerNarrative {
  const { progress, problems, nextSteps } = report;
  if (report.state === "APPROVED" || report.state === "SUBMITTED")
    return {
      label: report.state === "APPROVED" ? "已审核" : "待审核",
      progress,
      problems,
      nextSteps,
      submittedAt: report.submittedAt,
    };
  const decision = report.events.find((event) => DECISIONS.includes(event.action));
  if (!decision) return NOT_REACHED;
  const arrival = report.events.find((event) => ARRIVALS.includes(event.action) && event.id < decision.id);
  return {
    label: decision.action === "approve" ? "已审核,更正中" : "已退回修改",
    ...textsOf(decision.snapshot),
    submittedAt: arrival?.at ?? null,
  };
}

export const narrativeKey = (unitCode: string, pointId: number) => `${unitCode}:${pointId}`;
