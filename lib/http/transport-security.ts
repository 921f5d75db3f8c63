// Strict-Transport-Security only for a request that really came over HTTPS: the portal's public
// address is https, the connection itself is TLS, or a trusted proxy (TRUSTED_PROXIES, the
// socket's peer) says so. A client writing X-Forwarded-Proto itself is not believed.
import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";

export function cameOverHttps(
  request: IncomingMessage,
  publicUrl: URL | null,
  trustedProxies: ReadonlySet<string>,
): boolean {
  if (publicUrl?.protocol === "https:" || (request.socket as TLSSocket).encrypted) return true;
  const peer = (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  if (!trustedProxies.has(peer)) return false;
  const forwarded = request.headers["x-forwarded-proto"];
  const nearest = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",").pop();
  return nearest?.trim().toLowerCase() === "https";
}
