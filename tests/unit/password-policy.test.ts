import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it("accepts a long password of three classes that is not common and not the username", () => {
    expect(checkPasswordPolicy("Lanhua#Xianyou7", "xianyou-reporter")).toEqual([]);
  });

  it("refuses short, two-class, username-containing and common passwords, saying why", () => {
    expect(checkPasswordPolicy("Ab1!", "u")).toContain("密码至少 8 位");
    expect(checkPasswordPolicy("abcdefgh123", "u")).toContain("密码须包含大写字母、小写字母、数字、符号中的至少三类");
    expect(checkPasswordPolicy("Leader#2024x", "leader")).toContain("密码不能包含用户名");
    expect(checkPasswordPolicy("Password1", "u")).toContain("密码过于常见,请换一个");
    expect(checkPasswordPolicy("P@ssw0rd", "u")).toContain("密码过于常见,请换一个");
  });
});
