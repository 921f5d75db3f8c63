import { UserError } from "@/lib/errors";

/** The report or attachment does not exist, or the viewer may not read it: the same answer for both (404). */
export class NotFoundError extends UserError {
  constructor(message = "未找到。") {
    super(message);
    this.name = "NotFoundError";
  }
}
