"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { previewReportImport } from "./excel-import";
import { importReportFile } from "./excel-save";
import { confirmImportSchema, previewImportSchema } from "./import-schemas";

export const previewReportImportAction = defineAction("report.file", previewImportSchema, ({ file }, { viewer }) =>
  previewReportImport(getPrisma(), viewer, file),
);

export const confirmReportImportAction = defineAction(
  "report.file",
  confirmImportSchema,
  ({ file, expected }, { viewer, clientAddress, requestId }) =>
    importReportFile(getPrisma(), viewer, { clientAddress, requestId }, file, expected),
);
