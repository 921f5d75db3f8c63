import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import type { NextFetchEvent } from "next/server";

// A convenience, not the guard: it sends signed-out visitors of pages to the sign-in page. Every
// page, action and API route checks the viewer against the database itself (lib/auth/viewer.ts).
// Pre-rendered pages are reached only through the portal's front door, which checks the viewer
// itself (lib/prerendered/front-door.ts) and refuses their addresses when asked for directly.
const redirectSignedOut = withAuth({ pages: { signIn: "/login" }, secret: process.env.AUTH_SECRET });

export async function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  const response = await redirectSignedOut(request, event);
  response?.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = { matcher: ["/((?!api/|login|_next/|favicon.ico|icon.svg|robots.txt|prerendered/).*)"] };
