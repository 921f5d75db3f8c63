// The workflow steps of one simulated report, with who took each and when. States follow from the
// real workflow table (lib/reports/workflow.ts), so the history can never show an impossible path.
import { TZDate } from "@date-fns/tz";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { stateAfter, type Step } from "@/lib/reports/workflow";
import { TIME_ZONE } from "@/lib/time/days";
import type { Random } from "./demo-random";

export type Actor = "reporter" | "approver" | "reviewer";
export type ScriptStep = { step: Step; actor: Actor; reason?: string };
export type TimedStep = ScriptStep & { at: Date; fromState: ReportState | null; toState: ReportState };

const RETURN_REASONS = [
  "数据与台账不符,请核实后重报。",
  "进展情况过于简略,请补充具体点位和完成时间。",
  "佐证材料不全,请补充项目验收资料。",
];
const SEND_BACK_REASONS = ["数值填报有误,请核对后再报。", "请补充存在问题和下步打算。"];

const save: ScriptStep = { step: "save", actor: "reporter" };
const send: ScriptStep = { step: "sendForSignoff", actor: "reporter" };
const sign: ScriptStep = { step: "sign", actor: "approver" };
const submit: ScriptStep = { step: "submit", actor: "reporter" };
const approve: ScriptStep = { step: "approve", actor: "reviewer" };

/** The way a report went: approved first time, approved after a return, or stopped in a state. */
export type Fate =
  | "approved"
  | "returnedThenApproved"
  | "sentBackThenApproved"
  | "returned"
  | "sentBack"
  | "submitted"
  | "awaitingSignoff"
  | "draft";

export function scriptFor(fate: Fate, isCounty: boolean, random: Random): ScriptStep[] {
  const returned: ScriptStep = { step: "return", actor: "reviewer", reason: random.pick(RETURN_REASONS) };
  const sentBack: ScriptStep = { step: "sendBack", actor: "approver", reason: random.pick(SEND_BACK_REASONS) };
  const toCity = isCounty ? [save, send, sign] : [save, submit];
  switch (fate) {
    case "approved":
      return [...toCity, approve];
    case "returnedThenApproved":
      return [...toCity, returned, ...toCity, approve];
    case "sentBackThenApproved":
      return isCounty ? [save, send, sentBack, ...toCity, approve] : [...toCity, returned, ...toCity, approve];
    case "returned":
      return [...toCity, returned];
    case "sentBack":
      return isCounty ? [save, send, sentBack] : [...toCity, returned];
    case "submitted":
      return toCity;
    case "awaitingSignoff":
      return isCounty ? [save, send] : [save];
    case "draft":
      return [save];
  }
}

const WORK_START = 8 * 60 + 30;
const WORK_END = 18 * 60;

/** Minutes after the start of a day in Shanghai, on a working-hours clock. */
class Clock {
  constructor(
    private year: number,
    private month: number,
    private day: number,
    private minute: number,
  ) {}
  advance(minutes: number): void {
    this.minute += Math.round(minutes);
    while (this.minute > WORK_END) {
      this.day += 1;
      this.minute = WORK_START + (this.minute - WORK_END);
    }
  }
  nextMorning(): void {
    this.day += 1;
    this.minute = WORK_START;
  }
  now(): Date {
    return new Date(
      new TZDate(
        this.year,
        this.month - 1,
        this.day,
        Math.floor(this.minute / 60),
        this.minute % 60,
        0,
        0,
        TIME_ZONE,
      ).getTime(),
    );
  }
}

/**
 * Times for a script filed in the month after `period`, starting on `startDay`. A quick month
 * (the one being filed on the demo clock) keeps every step within a few hours, so nothing lands
 * after the demo's "now".
 */
export function timeSteps(
  script: ScriptStep[],
  period: string,
  startDay: number,
  random: Random,
  quick: boolean,
): TimedStep[] {
  const [year, month] = period.split("-").map(Number);
  const clock = month === 12 ? new Clock(year + 1, 1, startDay, 0) : new Clock(year, month + 1, startDay, 0);
  clock.advance(WORK_START + random.integer(0, 120));
  let state: ReportState | null = null;
  return script.map((entry, index) => {
    if (index > 0) {
      const previous = script[index - 1];
      const overnight =
        !quick &&
        (previous.step === "return" ||
          previous.step === "sendBack" ||
          (entry.actor === "reviewer" && random.chance(0.6)));
      if (overnight) clock.nextMorning();
      clock.advance(entry.actor === previous.actor ? random.integer(5, 45) : random.integer(30, quick ? 120 : 240));
    }
    const fromState = state;
    const toState: ReportState = state === null ? "DRAFT" : stateAfter(entry.step, state);
    state = toState;
    return { ...entry, at: clock.now(), fromState, toState };
  });
}
