/** 1.5 MB: an archive's size as the admin reads it (binary units, one decimal). */
export function formatSize(bytes: number): string {
  const units = ["字节", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} 字节` : `${value.toFixed(1)} ${units[unit]}`;
}
