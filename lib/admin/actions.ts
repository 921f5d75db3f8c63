"use server";

import { actorOf, defineAction } from "@/lib/actions/define-action";
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
  "user.manage",
  createUserSchema,
  (input, { viewer, clientAddress, requestId }) =>
    createUser(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const updateUserAction = defineAction(
  "user.manage",
  updateUserSchema,
  (input, { viewer, clientAddress, requestId }) =>
    updateUser(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const disableUserAction = defineAction(
  "user.manage",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    disableUser(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const enableUserAction = defineAction(
  "user.manage",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    enableUser(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const unlockUserAction = defineAction(
  "user.manage",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    unlockUser(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const resetUserPasswordAction = defineAction(
  "user.manage",
  userIdSchema,
  (input, { viewer, clientAddress, requestId }) =>
    resetUserPassword(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const revokeUserApiTokenAction = defineAction(
  "user.manage",
  revokeApiTokenSchema,
  (input, { viewer, clientAddress, requestId }) =>
    revokeUserApiToken(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const createUnitAction = defineAction(
  "unit.manage",
  createUnitSchema,
  (input, { viewer, clientAddress, requestId }) =>
    createUnit(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);

export const updateUnitAction = defineAction(
  "unit.manage",
  updateUnitSchema,
  (input, { viewer, clientAddress, requestId }) =>
    updateUnit(getPrisma(), actorOf(viewer), { clientAddress, requestId }, input),
);
