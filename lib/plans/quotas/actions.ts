"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { previewQuotaUpload } from "./excel-read";
import { confirmQuotaUpload } from "./excel-save";
import { saveQuotaGrid } from "./save-grid";
import { confirmQuotaUploadSchema, previewQuotaUploadSchema, saveQuotaGridSchema } from "./schemas";

export const saveQuotaGridAction = defineAction(
  "plan.manage",
  saveQuotaGridSchema,
  (input, { viewer, clientAddress, requestId }) =>
    saveQuotaGrid(getPrisma(), viewer, { clientAddress, requestId }, input),
);

export const previewQuotaUploadAction = defineAction("plan.manage", previewQuotaUploadSchema, ({ year, file }) =>
  previewQuotaUpload(getPrisma(), year, file),
);

export const confirmQuotaUploadAction = defineAction(
  "plan.manage",
  confirmQuotaUploadSchema,
  (input, { viewer, clientAddress, requestId }) =>
    confirmQuotaUpload(getPrisma(), viewer, { clientAddress, requestId }, input),
);
