import { describe, expect, it } from "vitest";
import { createPrismaClient, getPrisma } from "@/lib/db";
import { checkHealth } from "@/lib/db/health";

describe("health", () => {
  it("is ok while the database answers", async () => {
    expect(await checkHealth(getPrisma(), "embedded")).toEqual({ status: "ok", database: "embedded" });
  });

  it("is unavailable, quickly, when the database cannot be reached", async () => {
    const unreachable = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    expect(await checkHealth(unreachable, "external")).toEqual({ status: "unavailable" });
    await unreachable.$disconnect();
  });
});
