"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { createBulletin } from "./create-bulletin";
import { issueBulletin } from "./issue-bulletin";
import { saveBulletinTexts } from "./save-texts";
import { createBulletinSchema, issueBulletinSchema, saveBulletinTextsSchema } from "./schemas";

export const createBulletinAction = defineAction(
  "bulletin.manage",
  createBulletinSchema,
  (input, { viewer, clientAddress, requestId }) =>
    createBulletin(getPrisma(), viewer, { clientAddress, requestId }, input),
);

export const saveBulletinTextsAction = defineAction(
  "bulletin.manage",
  saveBulletinTextsSchema,
  (input, { viewer, clientAddress, requestId }) =>
    saveBulletinTexts(getPrisma(), viewer, { clientAddress, requestId }, input),
);

export const issueBulletinAction = defineAction(
  "bulletin.manage",
  issueBulletinSchema,
  (input, { viewer, clientAddress, requestId }) =>
    issueBulletin(getPrisma(), viewer, { clientAddress, requestId }, input),
);
