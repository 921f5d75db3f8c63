"use server";

import { auditActorOf } from "@/lib/audit/actor";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { endUserSessions } from "@/lib/auth/sessions";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { realNow } from "@/lib/time/clock";
import { changePasswordSchema } from "./schemas";

/** Changes the viewer's own password and ends all of their sessions, this one included. */
export const changePasswordAction = defineAction(
  "account.password",
  changePasswordSchema,
  async (input, { viewer, clientAddress, requestId }) => {
    const db = getPrisma();
    const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new UserError("当前密码不正确。");
    const problems = checkPasswordPolicy(input.newPassword, viewer.username);
    if (problems.length) throw new UserError(`新密码不符合要求:${problems.join(";")}。`);
    const passwordHash = await hashPassword(input.newPassword);
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: viewer.userId },
        data: { passwordHash, passwordChangedAt: realNow(), mustChangePassword: false },
      });
      await endUserSessions(tx, viewer.userId, "password-change");
      await recordAudit(tx, {
        actor: auditActorOf(viewer),
        action: "account.password-change",
        result: "SUCCESS",
        objectType: "User",
        objectId: viewer.username,
        context: { clientAddress, requestId },
      });
    });
    return { done: true };
  },
);
