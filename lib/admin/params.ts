/** A user id from the URL: anything but a plain positive whole number is not found. */
export function parseUserId(value: string): number | null {
  if (!/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
