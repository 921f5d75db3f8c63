import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

const withCause = (message: string, cause: unknown) => Object.assign(new Error(message), { cause });

describe("isDatabaseUnavailable", () => {
  it("recognises a lost or restarting server in any of the shapes Prisma, its pg adapter and pg report", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Can't reach database server"), { code: "P1001" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "P2024" }))).toBe(true);
    expect(isDatabaseUnavailable(withCause("driver adapter error", { kind: "DatabaseNotReachable" }))).toBe(true);
    expect(isDatabaseUnavailable(withCause("query failed", { originalCode: "57P01" }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        withCause("wrapped", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is starting up"))).toBe(true);
    // Prisma's P2039 with the adapter's error under meta, as a request met a shutting-down server.
    const adapterError = withCause("driver adapter error", { originalCode: "57P03" });
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Database error"), { code: "P2039", meta: { driverAdapterError: adapterError } }),
      ),
    ).toBe(true);
  });

  it("leaves every other error a 500: constraint violations, bugs, plain values", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(withCause("x", { originalCode: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
