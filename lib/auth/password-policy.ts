import commonPasswords from "fxa-common-password-list";

// Common in Chinese deployments and absent from the English-language list.
const LOCAL_COMMON = new Set([
  "aa123456",
  "a123456789",
  "abc@123456",
  "woaini1314",
  "p@ssw0rd",
  "admin@123",
  "qwe@123456",
  "putian@123",
]);

const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/];

/** The problems with a new password, in Chinese; empty when it may be used. */
export function checkPasswordPolicy(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push("密码至少 8 位");
  if (password.length > 128) problems.push("密码不能超过 128 位");
  if (CLASSES.filter((pattern) => pattern.test(password)).length < 3)
    problems.push("密码须包含大写字母、小写字母、数字、符号中的至少三类");
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push("密码不能包含用户名");
  if (
    commonPasswords.test(password) ||
    commonPasswords.test(password.toLowerCase()) ||
    LOCAL_COMMON.has(password.toLowerCase())
  ) {
    problems.push("密码过于常见,请换一个");
  }
  return problems;
}
