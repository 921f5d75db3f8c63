// The portal's one clock (lib/time/clock.ts): the real time in production, the demo date (or
// PORTAL_CLOCK) plus the real time elapsed in demo mode, running, and never backwards across a
// restart once its start is stored. Each test loads the module afresh, as a new portal process would.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatClockAnchor } from "@/lib/env-values";
import { currentPeriod } from "@/lib/time/periods";

const REAL_START = new Date("2026-05-01T02:00:00Z");
const DEMO_START = new Date("2022-11-03T01:00:00Z"); // 09:00 in Putian
const HOUR = 3600_000;
const VARIABLES = ["PORTAL_MODE", "PORTAL_DEMO_DATE", "PORTAL_CLOCK", "PORTAL_CLOCK_ANCHOR"];

/** A fresh portal process with these variables: its own clock module and configuration. */
async function startProcess(variables: Record<string, string>) {
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, variables);
  vi.resetModules();
  const clock = await import("@/lib/time/clock");
  const due = await import("@/lib/time/due");
  return { ...clock, isOverdue: due.isOverdue };
}
const elapse = (ms: number) => vi.setSystemTime(Date.now() + ms);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(REAL_START);
});
afterEach(() => {
  vi.useRealTimers();
  for (const name of VARIABLES) delete process.env[name];
});

describe("the portal's clock", () => {
  it("reads the real time in production", async () => {
    const { portalNow, clockTimeOf } = await startProcess({ PORTAL_MODE: "production" });
    expect(portalNow()).toEqual(REAL_START);
    elapse(HOUR);
    expect(portalNow()).toEqual(new Date(REAL_START.getTime() + HOUR));
    expect(clockTimeOf(REAL_START)).toEqual(REAL_START);
  });

  it("starts the demo at 09:00 on the demo date and runs with the real time, so October is being filed and not late", async () => {
    const { portalNow, isOverdue } = await startProcess({ PORTAL_MODE: "demo" });
    expect(portalNow()).toEqual(DEMO_START);
    elapse(90 * 60_000);
    expect(portalNow()).toEqual(new Date("2022-11-03T02:30:00Z"));
    expect(currentPeriod(portalNow())).toBe("2022-10");
    expect(isOverdue("2022-10", portalNow())).toBe(false);
    elapse(3 * 24 * HOUR); // 6 November: past the 5th
    expect(isOverdue("2022-10", portalNow())).toBe(true);
  });

  it("starts on PORTAL_DEMO_DATE when one is set", async () => {
    const { portalNow } = await startProcess({ PORTAL_MODE: "demo", PORTAL_DEMO_DATE: "2022-07-20" });
    expect(currentPeriod(portalNow())).toBe("2022-06");
  });

  it("starts at PORTAL_CLOCK in any mode, ahead of the demo date, and runs from there", async () => {
    const production = await startProcess({ PORTAL_MODE: "production", PORTAL_CLOCK: "2022-03-10T09:00:00+08:00" });
    expect(production.portalNow()).toEqual(new Date("2022-03-10T01:00:00Z"));
    elapse(HOUR);
    expect(production.portalNow()).toEqual(new Date("2022-03-10T02:00:00Z"));
    const demo = await startProcess({ PORTAL_MODE: "demo", PORTAL_CLOCK: "2022-03-10" });
    expect(demo.portalNow()).toEqual(new Date("2022-03-10T01:00:00Z"));
  });

  it("runs on from its stored start after a restart, instead of starting over", async () => {
    const anchor = formatClockAnchor({ startsAt: DEMO_START, realStartedAt: REAL_START });
    elapse(2 * HOUR);
    const first = await startProcess({ PORTAL_MODE: "demo", PORTAL_CLOCK_ANCHOR: anchor });
    const beforeRestart = first.portalNow();
    expect(beforeRestart).toEqual(new Date(DEMO_START.getTime() + 2 * HOUR));
    elapse(HOUR);
    const restarted = await startProcess({ PORTAL_MODE: "demo", PORTAL_CLOCK_ANCHOR: anchor });
    expect(restarted.portalNow()).toEqual(new Date(DEMO_START.getTime() + 3 * HOUR));
    expect(restarted.portalNow().getTime()).toBeGreaterThan(beforeRestart.getTime());
    // Without the stored start, the restarted demo would be back at 09:00: earlier than before the restart.
    const unanchored = await startProcess({ PORTAL_MODE: "demo" });
    expect(unanchored.portalNow().getTime()).toBeLessThan(beforeRestart.getTime());
  });

  it("shows a real instant (a sign-in, a lockout) as the clock read it then, and keeps realNow real", async () => {
    const anchor = formatClockAnchor({ startsAt: DEMO_START, realStartedAt: REAL_START });
    const { clockTimeOf, realNow } = await startProcess({ PORTAL_MODE: "demo", PORTAL_CLOCK_ANCHOR: anchor });
    const signedIn = new Date(REAL_START.getTime() + 30 * 60_000);
    expect(clockTimeOf(signedIn)).toEqual(new Date(DEMO_START.getTime() + 30 * 60_000));
    expect(clockTimeOf(null)).toBeNull();
    expect(realNow()).toEqual(REAL_START);
  });

  it("refuses a clock setting it cannot read, at start", async () => {
    const { portalNow } = await startProcess({ PORTAL_CLOCK: "下周一" });
    expect(() => portalNow()).toThrow(
      'PORTAL_CLOCK 须为时钟的起点,如 2022-03-10T09:00:00+08:00 或 2022-03-10(北京时间 9:00),现为 "下周一"',
    );
  });
});
