// Set by the portal's HTTP server (scripts/portal-server.ts) on every request, overwriting client values.
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";
export const REQUEST_ID_HEADER = "x-request-id";
