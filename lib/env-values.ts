// Parsers for the environment variables that hold more than one value (lib/env.ts). Each returns
// null for a value it cannot read, and lib/env.ts turns that into a message naming the variable.
import "server-only";
import { isIP } from "node:net";
import { Role } from "@/lib/generated/prisma/enums";

/** The clock read `startsAt` at the real instant `realStartedAt`, and runs at the real rate from there. */
export type ClockAnchor = { startsAt: Date; realStartedAt: Date };

const list = (value: string, separators = /,/) =>
  value
    .split(separators)
    .map((entry) => entry.trim())
    .filter(Boolean);

export function parseTrustedProxies(value: string): ReadonlySet<string> | null {
  const addresses = list(value);
  return addresses.every((address) => isIP(address) !== 0) ? new Set(addresses) : null;
}

/** Comma-separated roles that must use a second factor, or "ALL". */
export function parseMfaRoles(value: string): Role[] | null {
  const all = Object.values(Role);
  if (value.trim().toUpperCase() === "ALL") return all;
  const roles = list(value);
  return roles.every((role) => (all as string[]).includes(role)) ? (roles as Role[]) : null;
}

/** "licheng=a@x.cn,hanjiang=b@x.cn" (a code repeated for a second address) as code → addresses. */
export function parseUnitEmails(value: string): ReadonlyMap<string, string[]> | null {
  const addresses = new Map<string, string[]>();
  for (const entry of list(value, /[\s,;]+/)) {
    const match = /^([a-z0-9_-]+)=([^=\s@]+@[^=\s@]+)$/i.exec(entry);
    if (!match) return null;
    addresses.set(match[1], [...(addresses.get(match[1]) ?? []), match[2]]);
  }
  return addresses;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A day ("2022-03-10", 09:00 in Beijing time, UTC+8 all year) or an instant with its offset. */
export function parseInstant(value: string): Date | null {
  const text = DAY.test(value) ? `${value}T09:00:00+08:00` : value;
  if (!INSTANT.test(text)) return null;
  const instant = new Date(text);
  // 2022-02-30 parses as 2 March: refuse a day that does not exist.
  const sameDay = new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10) === text.slice(0, 10);
  return Number.isNaN(instant.getTime()) || (DAY.test(value) && !sameDay) ? null : instant;
}

/** "2022-11-03T01:00:00.000Z@2026-05-01T08:00:00.000Z": clock time @ real time. */
export function parseClockAnchor(value: string): ClockAnchor | null {
  const [startsAt, realStartedAt, extra] = value.split("@").map(parseInstant);
  return startsAt && realStartedAt && extra === undefined ? { startsAt, realStartedAt } : null;
}

export const formatClockAnchor = (anchor: ClockAnchor) =>
  `${anchor.startsAt.toISOString()}@${anchor.realStartedAt.toISOString()}`;
