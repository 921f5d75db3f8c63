// Which 督查单 the ladder proposes: colours from the dashboard's statuses and days late, escalation
// of unanswered yellows, one per unit, subject and colour, and none for closed-out work.
import { describe, expect, it } from "vitest";
import {
  type BehindPart,
  type ExistingNotice,
  type LadderInput,
  type LateReport,
  proposeNotices,
} from "@/lib/supervision/propose-notices";

const behind = (patch: Partial<BehindPart> = {}): BehindPart => ({
  unitId: 7,
  unitName: "荔城区",
  pointId: 11,
  pointNo: 11,
  indicatorId: 101,
  indicatorName: "长者之家",
  status: "BEHIND",
  completion: 0.6,
  expected: 0.75,
  ...patch,
});

const late = (patch: Partial<LateReport> = {}): LateReport => ({
  unitId: 7,
  unitName: "荔城区",
  pointId: 5,
  pointNo: 5,
  pointTitle: "社会救助",
  period: "2022-09",
  dueDay: "2022-10-05",
  daysLate: 3,
  ...patch,
});

const existing = (patch: Partial<ExistingNotice> = {}): ExistingNotice => ({
  id: 1,
  year: 2022,
  number: 4,
  unitId: 7,
  subject: "indicator:101",
  colour: "YELLOW",
  state: "ISSUED",
  pointId: 11,
  indicatorId: 101,
  period: "2022-09",
  feedbackDue: "2022-10-20",
  ...patch,
});

const input = (patch: Partial<LadderInput> = {}): LadderInput => ({
  today: "2022-11-03",
  period: "2022-09",
  settings: { yellowOverdueDays: 3, redOverdueDays: 7 },
  behind: [],
  late: [],
  existing: [],
  closed: { points: new Set(), indicators: new Set() },
  ...patch,
});

const summary = (notices: ReturnType<typeof proposeNotices>) =>
  notices.map((notice) => `${notice.unitId} ${notice.subject} ${notice.colour} ${notice.reason}`);

describe("the escalation ladder", () => {
  it("proposes yellow for 滞后 and red for 严重滞后, with the figures in the facts", () => {
    const notices = proposeNotices(
      input({
        behind: [behind(), behind({ unitId: 8, unitName: "城厢区", status: "SERIOUSLY_BEHIND", completion: 0.2 })],
      }),
    );
    expect(summary(notices)).toEqual(["8 indicator:101 RED SERIOUSLY_BEHIND", "7 indicator:101 YELLOW BEHIND"]);
    expect(notices[1].facts).toContain("完成 60.0%,序时进度 75.0%,落后 15.0 个百分点");
  });

  it("colours overdue reports by days late: under 3 none, 3–6 yellow, 7 and more red", () => {
    const notices = proposeNotices(
      input({
        late: [
          late({ daysLate: 2, pointId: 1 }),
          late({ daysLate: 3, pointId: 2 }),
          late({ daysLate: 6, pointId: 3 }),
          late({ daysLate: 7, pointId: 4 }),
        ],
      }),
    );
    expect(summary(notices)).toEqual([
      "7 overdue:4:2022-09 RED OVERDUE",
      "7 overdue:2:2022-09 YELLOW OVERDUE",
      "7 overdue:3:2022-09 YELLOW OVERDUE",
    ]);
    expect(notices[0].facts).toContain("逾期 7 天未报送");
  });

  it("follows the settings' thresholds", () => {
    const notices = proposeNotices(
      input({ settings: { yellowOverdueDays: 5, redOverdueDays: 10 }, late: [late({ daysLate: 7 })] }),
    );
    expect(summary(notices)).toEqual(["7 overdue:5:2022-09 YELLOW OVERDUE"]);
  });

  it("escalates a yellow unanswered past its deadline to a red linked to it", () => {
    const notices = proposeNotices(input({ existing: [existing()] }));
    expect(summary(notices)).toEqual(["7 indicator:101 RED UNANSWERED"]);
    expect(notices[0].escalatedFromId).toBe(1);
    expect(notices[0].facts).toContain("莆民督〔2022〕4号");
  });

  it("does not escalate on the deadline day, nor an answered or returned-and-in-time yellow", () => {
    expect(proposeNotices(input({ today: "2022-10-20", existing: [existing()] }))).toEqual([]);
    expect(proposeNotices(input({ existing: [existing({ state: "FEEDBACK" })] }))).toEqual([]);
    expect(summary(proposeNotices(input({ existing: [existing({ state: "RETURNED" })] })))).toEqual([
      "7 indicator:101 RED UNANSWERED",
    ]);
  });

  it("proposes nothing already written for the unit, subject and colour, and no yellow beside a red", () => {
    const red = existing({ id: 2, colour: "RED", state: "ACCEPTED" });
    expect(proposeNotices(input({ behind: [behind()], existing: [red] }))).toEqual([]);
    const yellow = existing({ state: "ACCEPTED" });
    expect(proposeNotices(input({ behind: [behind()], existing: [yellow] }))).toEqual([]);
    // A red and a yellow on the same day for one subject: the red only.
    expect(summary(proposeNotices(input({ late: [late({ daysLate: 9 }), late({ daysLate: 4 })] })))).toEqual([
      "7 overdue:5:2022-09 RED OVERDUE",
    ]);
  });

  it("gives a unit none on the points and indicators it closed out, and still gives other units theirs", () => {
    const closedIndicator = { points: new Set<string>(), indicators: new Set(["7:101"]) };
    expect(proposeNotices(input({ behind: [behind()], closed: closedIndicator }))).toEqual([]);
    const closedPoint = { points: new Set(["7:5", "7:11"]), indicators: new Set<string>() };
    expect(proposeNotices(input({ behind: [behind()], late: [late()], closed: closedPoint }))).toEqual([]);
    const otherCounty = behind({ unitId: 8, unitName: "城厢区" });
    expect(summary(proposeNotices(input({ behind: [behind(), otherCounty], closed: closedIndicator })))).toEqual([
      "8 indicator:101 YELLOW BEHIND",
    ]);
  });
});
