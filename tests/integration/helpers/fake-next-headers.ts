// next/headers for tests that call routes and actions directly: the session cookie comes from this
// jar. Imports nothing of the portal, so a vi.mock factory can load it without an import cycle.
import { randomUUID } from "node:crypto";

export const jar = { cookie: null as string | null };

export const fakeNextHeaders = {
  cookies: async () => ({
    get: (name: string) => (name === "next-auth.session-token" && jar.cookie ? { name, value: jar.cookie } : undefined),
  }),
  headers: async () => new Headers({ "x-portal-client-address": "127.0.0.88", "x-request-id": randomUUID() }),
};
