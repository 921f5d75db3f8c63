/**
 * `attachment` with an ASCII name for old clients and the real (often Chinese) name per RFC 6266 /
 * 5987 for the rest. Quotes, backslashes and line breaks never reach the header.
 */
export function attachmentDisposition(fileName: string, fallbackStem: string): string {
  const dot = fileName.lastIndexOf(".");
  const extension = dot > 0 ? fileName.slice(dot).replace(/[^A-Za-z0-9.]/g, "") : "";
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName).replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^_+|_+$/g, "");
  const ascii = `${/[A-Za-z0-9]/.test(stem) ? stem : fallbackStem}${extension}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
