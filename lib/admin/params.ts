import { parseIdParam } from "@/lib/validation/id";

/** A user id from the URL: anything but a plain positive whole number in the id range is not found. */
export const parseUserId = (value: string): number | null => parseIdParam(value);
