const numberFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 4 });

export function formatNumber(value: number | { toNumber(): number }): string {
  return numberFormat.format(typeof value === "number" ? value : value.toNumber());
}

/** 2022年2月15日 */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
