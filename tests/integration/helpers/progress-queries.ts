// A PrismaClient made as lib/db.ts makes one, over a pg Pool whose connections count every SQL
// statement they send (BEGIN, SET TRANSACTION and COMMIT included: what PostgreSQL receives).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function countingClient(connectionString: string) {
  const statements: string[] = [];
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 5_000 });
  pool.on("connect", (connection) => {
    const send = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    connection.query = ((...args: unknown[]) => {
      const first = args[0] as string | { text: string };
      statements.push(typeof first === "string" ? first : first.text);
      return send(...args);
    }) as typeof connection.query;
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  /** What `run` returned, and the statements it sent. */
  async function counting<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    statements.length = 0;
    const result = await run();
    return { result, statements: [...statements] };
  }
  return { client, counting };
}
