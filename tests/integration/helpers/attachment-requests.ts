// The request side of the attachment tests: signing in as a demo account (into the cookie jar of
// ./fake-next-headers, which the test mocks next/headers with) and calls to the two attachment routes.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { GET as downloadRoute } from "@/app/api/v1/attachments/[id]/route";
import { POST as uploadRoute } from "@/app/api/v1/attachments/route";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPrisma } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { jar } from "./fake-next-headers";

const SECRET = "integration-test-secret-of-at-least-32-characters";
process.env.AUTH_SECRET = SECRET;

export const ORIGIN = "http://portal.test";
export const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });

export const as = async (username: string) =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

/** The browser of this person from now on; null: nobody signed in. */
export async function signInAs(username: string | null): Promise<void> {
  if (!username) return void (jar.cookie = null);
  const result = await signInWithPassword(
    getPrisma(),
    { username, password: DEMO_PASSWORD, context: context() },
    readAuthSettings(),
  );
  if (!result.ok) throw new Error(`${username}: ${result.error}`);
  jar.cookie = await encode({ token: { sid: result.sessionId }, secret: SECRET });
}

export function upload(
  reportId: number,
  fileName: string,
  type: string,
  bytes: Uint8Array,
  headers: Record<string, string> = { origin: ORIGIN },
) {
  const form = new FormData();
  form.set("reportId", String(reportId));
  form.set("file", new File([bytes as BlobPart], fileName, { type }));
  return uploadRoute(
    new Request(`${ORIGIN}/api/v1/attachments`, {
      method: "POST",
      headers: { "x-request-id": randomUUID(), ...headers },
      body: form,
    }),
  );
}

export function download(id: number, requestId = randomUUID()) {
  return downloadRoute(new Request(`${ORIGIN}/api/v1/attachments/${id}`, { headers: { "x-request-id": requestId } }), {
    params: Promise.resolve({ id: String(id) }),
  });
}
