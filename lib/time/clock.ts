// The portal's one clock. Production reads the real time. Demo mode reads the demo date
// (PORTAL_DEMO_DATE, 09:00 Beijing time) plus the real time elapsed since the demo data was created;
// PORTAL_CLOCK starts the clock at its instant, in any mode. Either way the clock runs at the real
// rate, and where it started is kept in the database (clock-start.ts): the start script hands it to
// the server as PORTAL_CLOCK_ANCHOR, so a reading costs one addition and never goes backwards
// across restarts.
//
// Security bookkeeping (sessions, sign-in failures, lockouts, password age, API tokens, TOTP) stays
// on the real time (realNow): the guard compares it with the real time, and TOTP codes are real-time.
// Pages show those instants through clockTimeOf, so no page mixes the demo's 2022 with today.
import { type ClockAnchor, type PortalEnv, portalEnv } from "@/lib/env";
import { parseInstant } from "@/lib/env-values";

/** Where the clock starts: PORTAL_CLOCK in any mode, the demo date in demo mode; null for the real time. */
export function clockStartOf(env: PortalEnv, mode = env.PORTAL_MODE): Date | null {
  if (env.PORTAL_CLOCK) return env.PORTAL_CLOCK;
  return mode === "demo" ? parseInstant(env.PORTAL_DEMO_DATE) : null;
}

/** What a clock that read `startsAt` at the real instant `realStartedAt` reads at another real instant. */
export const readingOf = (anchor: ClockAnchor, realNowMs: number) =>
  new Date(anchor.startsAt.getTime() + (realNowMs - anchor.realStartedAt.getTime()));

// Without a stored start (`next dev`, a test, a script), the clock starts at its first reading here.
const startedHere = new Map<number, number>();

function offsetOf(env: PortalEnv): number {
  const anchor = env.PORTAL_CLOCK_ANCHOR;
  if (anchor) return readingOf(anchor, 0).getTime();
  const start = clockStartOf(env);
  if (!start) return 0;
  if (!startedHere.has(start.getTime())) startedHere.set(start.getTime(), Date.now());
  return start.getTime() - (startedHere.get(start.getTime()) as number);
}

let memo: { env: PortalEnv; offsetMs: number } | undefined;

/** Milliseconds the clock is ahead of the real time (negative: behind; 0 in production). */
export function clockOffsetMs(): number {
  const env = portalEnv();
  if (memo?.env !== env) memo = { env, offsetMs: offsetOf(env) };
  return memo.offsetMs;
}

/** Now, on the portal's clock: what the portal records and shows. */
export const portalNow = () => new Date(Date.now() + clockOffsetMs());

/** Now, on the real clock: for security bookkeeping only (see above). */
export const realNow = () => new Date();

/** A real instant (a sign-in, a lockout) as the portal's clock read it then; null stays null. */
export function clockTimeOf<T extends Date | null>(realInstant: T): T {
  return (realInstant && new Date(realInstant.getTime() + clockOffsetMs())) as T;
}
