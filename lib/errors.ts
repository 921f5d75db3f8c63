/** An expected failure with a message a person can act on (in Chinese); safe to show as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
