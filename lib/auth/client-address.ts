// The client's address as the portal's own HTTP server saw it. X-Forwarded-For is believed only
// when the connection comes from a configured trusted proxy (TRUSTED_PROXIES), and then only the
// entry that proxy appended: anything further left was written by the client.

export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  const direct = (socketAddress ?? "unknown").replace(/^::ffff:/, "");
  if (!forwardedFor || !trustedProxies.has(direct)) return direct;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 1 && trustedProxies.has(hops[hops.length - 1])) hops.pop();
  return hops[hops.length - 1] ?? direct;
}
