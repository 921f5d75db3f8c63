"use server";

import { auditActorOf } from "@/lib/audit/actor";
import { defineAction } from "@/lib/actions/define-action";
import { readAuthSettings } from "@/lib/auth/settings";
import { getPrisma } from "@/lib/db";
import { confirmTotpSchema, createApiTokenSchema, disableTotpSchema, revokeApiTokenSchema } from "./security-schemas";
import { createApiToken, revokeApiToken } from "./tokens";
import { confirmTotp, disableTotp } from "./totp";

export const confirmTotpAction = defineAction(
  "account.totpEnrol",
  confirmTotpSchema,
  async (input, { viewer, clientAddress, requestId }) => {
    await confirmTotp(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input);
    return { done: true };
  },
);

export const disableTotpAction = defineAction(
  "account.own",
  disableTotpSchema,
  async (input, { viewer, clientAddress, requestId }) => {
    await disableTotp(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input, readAuthSettings());
    return { done: true };
  },
);

/** The result carries the token itself, to be shown once; it is not stored anywhere. */
export const createApiTokenAction = defineAction(
  "account.own",
  createApiTokenSchema,
  async (input, { viewer, clientAddress, requestId }) => {
    const created = await createApiToken(
      getPrisma(),
      auditActorOf(viewer),
      { clientAddress, requestId },
      input,
      readAuthSettings(),
    );
    return { name: created.name, token: created.token };
  },
);

export const revokeApiTokenAction = defineAction(
  "account.own",
  revokeApiTokenSchema,
  async (input, { viewer, clientAddress, requestId }) => {
    await revokeApiToken(getPrisma(), auditActorOf(viewer), { clientAddress, requestId }, input);
    return { done: true };
  },
);
