// The portal's zod: every module that validates imports z from here, so zod answers in Chinese
// in every runtime that parses (server actions, route handlers, client forms sharing a schema).
import { z } from "zod";
import { chineseError } from "./chinese-errors";

z.config({ localeError: chineseError });

export { z };
