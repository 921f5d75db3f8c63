// Which 督查单 the ladder proposes on a day, as pure functions of the dashboard's own figures: a
// unit's part of an indicator 滞后 → yellow, 严重滞后 → red; a report overdue yellowOverdueDays →
// yellow, redOverdueDays → red; a yellow still unanswered after its deadline → red, escalated from
// it. One notice per unit, subject and colour (the table's unique key): a job that runs again, or
// on two instances, proposes the same rows and the database keeps the first.
import type { NoticeColour, NoticeReason, NoticeState } from "@/lib/generated/prisma/enums";
import { formatDay, formatPeriod } from "@/lib/time/format";
import { noticeNumberText, UNANSWERED_STATES } from "./notice-words";

export type LadderSettings = { yellowOverdueDays: number; redOverdueDays: number };

/** A unit's part of an indicator that is behind 序时进度 (the lead department's, for one not split). */
export type BehindPart = {
  unitId: number;
  unitName: string;
  pointId: number;
  pointNo: number;
  indicatorId: number;
  indicatorName: string;
  status: "BEHIND" | "SERIOUSLY_BEHIND";
  completion: number;
  expected: number;
};

/** A month's report on a point not sent to the city by its due day (extensions honoured). */
export type LateReport = {
  unitId: number;
  unitName: string;
  pointId: number;
  pointNo: number;
  pointTitle: string;
  period: string;
  dueDay: string;
  daysLate: number;
};

export type ExistingNotice = {
  id: number;
  year: number;
  number: number | null;
  unitId: number;
  subject: string;
  colour: NoticeColour;
  state: NoticeState;
  pointId: number | null;
  indicatorId: number | null;
  period: string;
  feedbackDue: string | null;
};

/**
 * The parts closed out (办结销号), as "unitId:pointId" and "unitId:indicatorId": a unit gets no 督查单
 * on what it has closed. A close-out is one unit's part, so another county on the same indicator still may.
 */
export type ClosedItems = { points: ReadonlySet<string>; indicators: ReadonlySet<string> };

export const closedKey = (unitId: number, id: number) => `${unitId}:${id}`;

export type Proposal = {
  unitId: number;
  subject: string;
  colour: NoticeColour;
  reason: NoticeReason;
  pointId: number;
  indicatorId: number | null;
  period: string;
  facts: string;
  factsData: Record<string, string | number>;
  escalatedFromId: number | null;
};

export const indicatorSubject = (indicatorId: number) => `indicator:${indicatorId}`;
export const overdueSubject = (pointId: number, period: string) => `overdue:${pointId}:${period}`;

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

function behindProposal(part: BehindPart, period: string): Proposal {
  const gap = ((part.expected - part.completion) * 100).toFixed(1);
  const words = part.status === "SERIOUSLY_BEHIND" ? "严重滞后" : "滞后";
  return {
    unitId: part.unitId,
    subject: indicatorSubject(part.indicatorId),
    colour: part.status === "SERIOUSLY_BEHIND" ? "RED" : "YELLOW",
    reason: part.status,
    pointId: part.pointId,
    indicatorId: part.indicatorId,
    period,
    facts: `截至${formatPeriod(period)},${part.unitName}第${part.pointNo}条“${part.indicatorName}”完成 ${percent(part.completion)},序时进度 ${percent(part.expected)},落后 ${gap} 个百分点,进度${words}。`,
    factsData: { completion: part.completion, expected: part.expected },
    escalatedFromId: null,
  };
}

function lateProposal(report: LateReport, colour: NoticeColour): Proposal {
  return {
    unitId: report.unitId,
    subject: overdueSubject(report.pointId, report.period),
    colour,
    reason: "OVERDUE",
    pointId: report.pointId,
    indicatorId: null,
    period: report.period,
    facts: `${report.unitName}${formatPeriod(report.period)}第${report.pointNo}条“${report.pointTitle}”工作进展应于${formatDay(report.dueDay)}前报送,至今逾期 ${report.daysLate} 天未报送。`,
    factsData: { daysLate: report.daysLate, dueDay: report.dueDay },
    escalatedFromId: null,
  };
}

function unansweredProposal(yellow: ExistingNotice, today: string): Proposal {
  return {
    unitId: yellow.unitId,
    subject: yellow.subject,
    colour: "RED",
    reason: "UNANSWERED",
    pointId: yellow.pointId as number,
    indicatorId: yellow.indicatorId,
    period: yellow.period,
    facts: `${noticeNumberText(yellow.year, yellow.number)}黄色督查单要求于${formatDay(yellow.feedbackDue as string)}前反馈整改情况,至${formatDay(today)}仍未反馈。`,
    factsData: { escalatedFrom: yellow.id, feedbackDue: yellow.feedbackDue as string },
    escalatedFromId: yellow.id,
  };
}

const keyOf = (notice: { unitId: number; subject: string; colour: NoticeColour }) =>
  `${notice.unitId}|${notice.subject}|${notice.colour}`;

export type LadderInput = {
  today: string;
  period: string;
  settings: LadderSettings;
  behind: BehindPart[];
  late: LateReport[];
  existing: ExistingNotice[];
  closed: ClosedItems;
};

/** The day's proposals, reds first; never a yellow where the subject already has a red. */
export function proposeNotices({ today, period, settings, behind, late, existing, closed }: LadderInput): Proposal[] {
  const candidates: Proposal[] = [
    ...existing
      .filter((notice) => notice.colour === "YELLOW" && UNANSWERED_STATES.includes(notice.state))
      .filter((notice) => notice.feedbackDue !== null && notice.feedbackDue < today && notice.pointId !== null)
      .map((yellow) => unansweredProposal(yellow, today)),
    ...behind.map((part) => behindProposal(part, period)),
    ...late.flatMap((report) => {
      if (report.daysLate >= settings.redOverdueDays) return [lateProposal(report, "RED")];
      if (report.daysLate >= settings.yellowOverdueDays) return [lateProposal(report, "YELLOW")];
      return [];
    }),
  ].filter(
    (proposal) =>
      !closed.points.has(closedKey(proposal.unitId, proposal.pointId)) &&
      (proposal.indicatorId === null || !closed.indicators.has(closedKey(proposal.unitId, proposal.indicatorId))),
  );
  const taken = new Set(existing.map(keyOf));
  const proposals: Proposal[] = [];
  for (const colour of ["RED", "YELLOW"] as const)
    for (const proposal of candidates.filter((candidate) => candidate.colour === colour)) {
      const red = keyOf({ ...proposal, colour: "RED" });
      if (taken.has(keyOf(proposal)) || (colour === "YELLOW" && taken.has(red))) continue;
      taken.add(keyOf(proposal));
      proposals.push(proposal);
    }
  return proposals;
}
