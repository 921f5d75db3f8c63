const numberFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 4 });

export function formatNumber(value: number | { toNumber(): number }): string {
  return numberFormat.format(typeof value === "number" ? value : value.toNumber());
}
