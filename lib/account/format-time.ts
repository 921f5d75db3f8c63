// Account times are read by people in Putian: shown in China Standard Time, whatever the server's zone.
const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** 2022年3月5日 14:30 */
export function formatDateTime(date: Date): string {
  const part = Object.fromEntries(parts.formatToParts(date).map((item) => [item.type, item.value]));
  return `${part.year}年${Number(part.month)}月${Number(part.day)}日 ${part.hour}:${part.minute}`;
}
