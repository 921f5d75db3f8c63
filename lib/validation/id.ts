// Database ids are PostgreSQL `integer`s: anything past 2147483647 (or not a whole positive number)
// cannot name a row, so it is refused as a field message or answered "not found", never handed
// to the database to fail with a 500.
import { z } from "./zod";

export const MAX_ID = 2_147_483_647;

/** An id in an action's input (a JSON number), with the field's name in the message. */
export const idSchema = (label = "编号") =>
  z.number({ error: `${label}无效` }).refine((id) => Number.isInteger(id) && id >= 1 && id <= MAX_ID, `${label}无效`);

/** An id from a form or query string ("12"), or a number. */
export const idTextSchema = (label = "编号") =>
  z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,10}$/, `${label}无效`)
          .transform(Number),
      ],
      {
        error: `${label}无效`,
      },
    )
    .pipe(idSchema(label));

/** An id from the URL (a route or query parameter): the number, or null for "not found". */
export function parseIdParam(value: string | null | undefined): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}
