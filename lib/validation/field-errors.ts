import type { z } from "zod";

/** zod's issues as messages per field ("values.0.value"), as forms and API answers show them. */
export function fieldErrorsOf(issues: z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}
