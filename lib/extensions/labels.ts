import type { ExtensionState } from "@/lib/generated/prisma/enums";

export const EXTENSION_STATE_LABELS: Record<ExtensionState, string> = {
  PENDING: "待审批",
  GRANTED: "已批准",
  REFUSED: "未批准",
};
