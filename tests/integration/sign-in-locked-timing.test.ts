import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";

// Counts the password checks the sign-in performs, still doing the real work.
vi.mock("@/lib/auth/passwords", async (original) => {
  const actual = await original<typeof import("@/lib/auth/passwords")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const settings = readAuthSettings({ NODE_ENV: "test" });

async function lockedUser() {
  const unit = await getPrisma().unit.findUniqueOrThrow({ where: { code: "xiuyu" } });
  return getPrisma().user.create({
    data: {
      username: `locked-${randomUUID().slice(0, 8)}`,
      displayName: "测试",
      role: "COUNTY_REPORTER",
      unitId: unit.id,
      passwordHash: await hashPassword("Lanhua#Xiuyu7"),
      mustChangePassword: false,
      lockedUntil: new Date(Date.now() + 60 * 60 * 1000),
    },
  });
}

describe("a sign-in to a locked account", () => {
  it("does the same password hash work as a wrong password, so its answer time gives nothing away", async () => {
    const user = await lockedUser();
    const checks = vi.mocked(verifyPassword);
    checks.mockClear();
    const result = await signInWithPassword(
      getPrisma(),
      { username: user.username, password: "guess", context: { clientAddress: randomUUID(), requestId: randomUUID() } },
      settings,
    );
    expect(result).toEqual({ ok: false, error: "LOCKED" });
    expect(checks).toHaveBeenCalledTimes(1);
    expect(checks).toHaveBeenCalledWith(user.passwordHash, "guess");
  });
});
