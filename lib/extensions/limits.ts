/** How far past the normal due date a unit may ask to report (延期申请). */
export const MAX_EXTENSION_DAYS = 60;
