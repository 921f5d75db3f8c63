/** Route parameters arrive as strings from the URL; anything but a plain whole number is not found. */
function parseWholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d{1,4}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

export const parseYear = (value: string) => parseWholeNumber(value, 2000, 2100);
export const parsePointNo = (value: string) => parseWholeNumber(value, 1, 999);
