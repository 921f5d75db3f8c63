import { UserError } from "@/lib/errors";
import type { ReportSnapshot } from "./snapshot";

/** Someone else changed the report since this person loaded it: nothing was overwritten. */
export class ReportConflictError extends UserError {
  constructor(
    readonly current: ReportSnapshot,
    readonly changedBy: string | null,
  ) {
    super(
      `这份报告已被${changedBy ?? "他人"}修改(当前第 ${current.version} 版),您的修改未保存。请查看对方的修改后再编辑。`,
    );
  }
}

/** Values refused by the rules of lib/reports/value-rules.ts, each beside its field ("values.0.value"). */
export class ValueProblemsError extends UserError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(message);
  }
}
