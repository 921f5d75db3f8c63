// A database that is restarting, unreachable or dropped the connection mid-request is not a bug in
// the request: the caller is told, in Chinese, that nothing was saved and to try again (503),
// instead of the generic 500. Recognised by the codes Prisma, its pg adapter and PostgreSQL use
// for a lost server, wherever they sit in the error's cause chain.

export const DATABASE_UNAVAILABLE_MESSAGE = "数据库暂时不可用,本次操作未完成,没有保存任何内容。请稍后重试。";

// P1001 unreachable, P1002 timed out, P1008 operation timed out, P1017 server closed the
// connection, P2024 no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// admin_shutdown, crash_shutdown, cannot_connect_now, connection_failure, connection_does_not_exist,
// sqlclient_unable_to_establish_sqlconnection.
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "08006", "08003", "08001"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
const MESSAGES =
  /Connection terminated|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|Server has closed the connection|timeout exceeded when trying to connect/i;

type Inspectable = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  /** Prisma's P2039 ("database error") carries the adapter's error here. */
  meta?: { driverAdapterError?: unknown };
};

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    const { code, kind, originalCode, message, cause, meta } = current as Inspectable;
    if (typeof code === "string" && (PRISMA_CODES.has(code) || POSTGRES_CODES.has(code) || SOCKET_CODES.has(code)))
      return true;
    if (typeof originalCode === "string" && POSTGRES_CODES.has(originalCode)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    current = cause ?? meta?.driverAdapterError;
  }
  return false;
}
