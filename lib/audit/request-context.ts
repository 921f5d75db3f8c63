import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/request-headers";
import type { RequestContext } from "./record-audit";

/** Who is asking from where: set by the portal's HTTP server on every request (scripts/portal-server.ts). */
export async function getRequestContext(): Promise<RequestContext> {
  const list = await headers();
  return {
    clientAddress: list.get(CLIENT_ADDRESS_HEADER) ?? "unknown",
    requestId: list.get(REQUEST_ID_HEADER) ?? randomUUID(),
  };
}
