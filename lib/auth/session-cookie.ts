import "server-only";
import { decode } from "next-auth/jwt";

// next-auth's session cookie: "__Secure-" prefixed when served over https.
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The session id a session cookie carries; whatever else the token claims is ignored. */
export async function sessionIdOf(
  raw: string,
  secret: string,
): Promise<{ sessionId: string; expiresAt: number } | null> {
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (typeof token?.sid !== "string") return null;
  return { sessionId: token.sid, expiresAt: typeof token.exp === "number" ? token.exp * 1000 : 0 };
}
