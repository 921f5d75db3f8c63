import { UserError } from "@/lib/errors";
import type { Right } from "@/lib/policy";

export type DeniedResource = { type: string; id: string | number };

/**
 * Thrown by domain code when the viewer asks for something that exists but is not theirs: another
 * county's report, another person's token or notification. The door that called the domain code
 * audits it once, under the right asked for, and answers as for something that does not exist.
 */
export class AccessDenied extends UserError {
  constructor(
    readonly right: Right,
    readonly resource?: DeniedResource,
    message = "未找到,或您无权进行此操作。",
  ) {
    super(message);
    this.name = "AccessDenied";
  }
}
