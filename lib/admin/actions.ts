"use server";

import { auditActorOf } from "@/lib/audit/actor";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import {
  createUserSchema,
  createUnitSchema,
  revokeApiTokenSchema,
  updateUnitSchema,
  updateUserSchema,
  userIdSchema,
} from "./schemas";
import { createUnit, updateUnit } from "./units";
import {
  createUser,
  disableUser,
  enableUser,
  resetUserPassword,
  revokeUserApiToken,
  unlockUser,
  updateUser,
} from "./users";

export const createUserAction = defineAction(
  "account.admin",
  createUserSchema,
  (input, { viewer, clientAddress, requestId }) =>
    createUser(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const updateUserAction = defineAction(
  "account.admin",
  updateUserSchema,
  (input, { viewer, clientAddress, requestId }) =>
    updateUser(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const disableUserAction = defineAction(
  "account.admin",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    disableUser(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const enableUserAction = defineAction(
  "account.admin",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    enableUser(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const unlockUserAction = defineAction(
  "account.admin",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    unlockUser(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const resetUserPasswordAction = defineAction(
  "account.admin",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    resetUserPassword(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const revokeUserApiTokenAction = defineAction(
  "account.admin",
  revokeApiTokenSchema,
  (input, { viewer, clientAddress, requestId }) =>
    revokeUserApiToken(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const createUnitAction = defineAction(
  "unit.admin",
  createUnitSchema,
  (input, { viewer, clientAddress, requestId }) =>
    createUnit(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);

export const updateUnitAction = defineAction(
  "unit.admin",
  updateUnitSchema,
  (input, { viewer, clientAddress, requestId }) =>
    updateUnit(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input),
);
