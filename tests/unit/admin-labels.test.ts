import { describe, expect, it } from "vitest";
import { userStateLabel } from "@/lib/admin/labels";
import { generateTemporaryPassword } from "@/lib/admin/temporary-password";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";

describe("temporary passwords", () => {
  it("always pass the password policy and differ every time", () => {
    const passwords = Array.from({ length: 200 }, () => generateTemporaryPassword("t-user"));
    for (const password of passwords) expect(checkPasswordPolicy(password, "t-user")).toEqual([]);
    expect(new Set(passwords).size).toBe(passwords.length);
  });

  it("avoid characters that are easily misread", () => {
    const text = Array.from({ length: 200 }, () => generateTemporaryPassword("t-user")).join("");
    expect(text).not.toMatch(/[0O1lI]/);
  });
});

describe("account state in the user list", () => {
  const now = new Date("2022-11-28T02:00:00Z");

  it("reads 正常, 已停用 or 已锁定至 a Beijing time", () => {
    expect(userStateLabel({ disabledAt: null, lockedUntil: null }, now)).toBe("正常");
    expect(userStateLabel({ disabledAt: now, lockedUntil: null }, now)).toBe("已停用");
    expect(userStateLabel({ disabledAt: null, lockedUntil: new Date("2022-11-28T02:30:00Z") }, now)).toBe(
      "已锁定至 2022年11月28日 10:30",
    );
  });

  it("treats a lock that has run out as 正常 and a disabled, locked account as 已停用", () => {
    expect(userStateLabel({ disabledAt: null, lockedUntil: new Date("2022-11-28T01:00:00Z") }, now)).toBe("正常");
    expect(userStateLabel({ disabledAt: now, lockedUntil: new Date("2022-11-28T03:00:00Z") }, now)).toBe("已停用");
  });
});
