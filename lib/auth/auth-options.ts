import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db";
import { portalEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/request-headers";

import { getRequestContext } from "@/lib/audit/request-context";
import { readAuthSettings } from "./settings";
import { signOutSession } from "./sign-out";
import { signInWithPassword } from "./sign-in";

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}

// The JWT carries only the server-side session id ("sid"); role and unit are read from the
// database on every request (lib/auth/load-viewer.ts).
export const authOptions: NextAuthOptions = {
  secret: portalEnv().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: Math.ceil(readAuthSettings().sessionMaxMs / 1000) },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { username: { type: "text" }, password: { type: "password" }, totp: { type: "text" } },
      async authorize(credentials, request) {
        const result = await signInWithPassword(
          getPrisma(),
          {
            username: credentials?.username ?? "",
            password: credentials?.password ?? "",
            totpCode: credentials?.totp || undefined,
            context: {
              clientAddress: header(request?.headers, CLIENT_ADDRESS_HEADER) ?? "unknown",
              requestId: header(request?.headers, REQUEST_ID_HEADER) ?? randomUUID(),
            },
          },
          readAuthSettings(),
        );
        if (!result.ok) throw new Error(result.error);
        return { id: String(result.userId), sid: result.sessionId };
      },
    }),
  ],
  // next-auth's own /api/auth/signout only clears the cookie; the session row must end too.
  events: {
    async signOut({ token }) {
      const sessionId = typeof token?.sid === "string" ? token.sid : null;
      if (sessionId) await signOutSession(getPrisma(), sessionId, await getRequestContext());
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: token.sub, sid: user.sid };
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, sid: token.sid };
    },
  },
};
