// The portal's front door (scripts/portal-server.ts) sends a request for /dashboard from a viewer who may
// see it to the page pre-rendered for the current period, day and data version, so the request
// costs what a static page costs. The checks are the page's own (lib/auth/viewer.ts): the session
// row as it is, the user's role, no pending password change or second factor; everyone else goes
// on to the rendered route, which signs them out, redirects them or refuses them (and audits it).
// What it learns is remembered for a few seconds at most, and forgotten at once when the change
// feed announces an account change (a sign-out, a disabled user, a new role) or loses the database.
import "server-only";
import type { IncomingMessage } from "node:http";
import { parse as parseCookies } from "cookie";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { guard } from "@/lib/auth/guard";
import { loadViewer } from "@/lib/auth/load-viewer";
import { SESSION_COOKIES, sessionIdOf } from "@/lib/auth/session-cookie";
import { readAuthSettings } from "@/lib/auth/settings";
import type { Viewer } from "@/lib/auth/viewer-type";
import { periodOrCurrent } from "@/lib/dashboard/page-params";
import { shanghaiDay } from "@/lib/time/days";
import { readProgressVersion } from "@/lib/dashboard/progress-sql";
import type { ChangeFeed } from "@/lib/live/change-feed";
import { portalNow } from "@/lib/time/clock";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/request-headers";
import { planDashboardAddress } from "./dashboard-address";

const VIEWER_KEPT_MS = 5_000;
const MAX_KEPT = 10_000;

type Kept<T> = { value: T; epoch: number; until: number };

export type FrontDoor = (request: IncomingMessage) => Promise<string | null>;

/** The address to serve the request from instead of its own, or null to serve it as it is. */
export function createFrontDoor(
  db: PrismaClient,
  feed: ChangeFeed,
  secret: string,
  now: () => Date = portalNow,
): FrontDoor {
  const sessions = new Map<string, { sessionId: string; expiresAt: number }>();
  const viewers = new Map<string, Kept<Viewer | null>>();

  async function sessionOf(raw: string) {
    const known = sessions.get(raw);
    if (known && known.expiresAt > Date.now()) return known;
    const session = await sessionIdOf(raw, secret);
    if (sessions.size >= MAX_KEPT) sessions.clear();
    if (session) sessions.set(raw, session);
    return session;
  }

  async function viewerOf(sessionId: string, request: IncomingMessage): Promise<Viewer | null> {
    const kept = viewers.get(sessionId);
    const listening = feed.progressVersion !== null;
    if (kept && listening && kept.epoch === feed.accountsEpoch && kept.until > Date.now()) return kept.value;
    const epoch = feed.accountsEpoch;
    const context = {
      clientAddress: String(request.headers[CLIENT_ADDRESS_HEADER] ?? "unknown"),
      requestId: String(request.headers[REQUEST_ID_HEADER] ?? "unknown"),
    };
    const viewer = await loadViewer(db, sessionId, readAuthSettings(), context);
    if (viewers.size >= MAX_KEPT) viewers.clear();
    viewers.set(sessionId, { value: viewer, epoch, until: Date.now() + VIEWER_KEPT_MS });
    return viewer;
  }

  return async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return null;
    const url = new URL(request.url ?? "/", "http://portal");
    if (url.pathname !== "/dashboard") return null;
    const cookies = parseCookies(request.headers.cookie ?? "");
    const raw = SESSION_COOKIES.map((name) => cookies[name]).find(Boolean);
    const session = raw ? await sessionOf(raw) : null;
    const viewer = session ? await viewerOf(session.sessionId, request) : null;
    if (!guard(viewer, "dashboard.readAll").ok) return null;
    const today = now();
    const period = periodOrCurrent(url.searchParams.get("period"), today);
    const version = feed.progressVersion?.toString() ?? (await readProgressVersion(db));
    return planDashboardAddress({ period, day: shanghaiDay(today), version }) + url.search;
  };
}
