// npm run user:create-admin -- --username <name> [--name <显示名>]
// Production has no demo accounts: this creates the first administrator with a one-time password
// that must be changed at first sign-in.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { recordAudit } from "../lib/audit/record-audit";
import { hashPassword } from "../lib/auth/passwords";
import { getPrisma } from "../lib/db";
import { UserError } from "../lib/errors";
import { ensureUnits } from "../lib/org/ensure-units";
import { runWithDatabase } from "./run-with-database";

const { values } = parseArgs({ options: { username: { type: "string" }, name: { type: "string" } } });

runWithDatabase(async () => {
  const username = values.username?.trim() ?? "";
  if (!/^[a-z0-9._-]{3,32}$/.test(username))
    throw new UserError("用法: npm run user:create-admin -- --username <用户名,3-32位小写字母数字>");
  const db = getPrisma();
  await ensureUnits(db);
  if (await db.user.findUnique({ where: { username } })) throw new UserError(`用户 ${username} 已存在,未做任何改动。`);
  // Four character classes guaranteed: random base64url plus a fixed tail of the missing classes.
  const temporaryPassword = `${randomBytes(12).toString("base64url")}#7aA`;
  const city = await db.unit.findUniqueOrThrow({ where: { code: "city" } });
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        username,
        displayName: values.name ?? "系统管理员",
        role: "ADMIN",
        unitId: city.id,
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
      },
    });
    await recordAudit(tx, {
      actor: null,
      action: "user.create",
      result: "SUCCESS",
      objectType: "User",
      objectId: user.username,
      after: { username, role: "ADMIN", unit: "city" },
      detail: "命令行创建首个管理员",
      context: { clientAddress: "command-line", requestId: "user:create-admin" },
    });
  });
  console.error(`已创建管理员 ${username}。一次性密码(只显示这一次,首次登录须修改):`);
  process.stdout.write(`${temporaryPassword}\n`);
});
