/**
 * An expected failure with a message a person can act on (in Chinese); safe to show as is. With a
 * field, the form shows the message beside that field as well.
 */
export class UserError extends Error {
  readonly field?: string;
  constructor(message: string, options: { field?: string } = {}) {
    super(message);
    this.name = "UserError";
    this.field = options.field;
  }
}
