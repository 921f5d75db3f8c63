/**
 * The largest server-action body, in bytes: Next's own default (serverActions.bodySizeLimit, 1 MB),
 * set to the same in next.config.ts; the portal's server refuses a larger one first, with a 413.
 * A report template (at most 512 KB, sent as base64) fits.
 */
export const ACTION_BODY_LIMIT = 1024 * 1024;
