import { Decimal } from "decimal.js";

type DecimalText = { toString(): string };

/** Exact decimal sum, so 0.36 + 0.34 + … is compared with 2.5 without floating-point error. */
export function sumQuotas(targets: DecimalText[]): Decimal {
  return targets.reduce<Decimal>((total, target) => total.plus(target.toString()), new Decimal(0));
}

export type QuotaBalance = { sum: string; target: string; balanced: boolean /** Σ − target */; difference: string };

/** Σ county quotas against the city target, exactly; the texts are what the grid and the preview show. */
export function quotaBalance(target: DecimalText, quotas: (DecimalText | null)[]): QuotaBalance {
  const sum = sumQuotas(quotas.filter((quota): quota is DecimalText => quota !== null));
  const difference = sum.minus(target.toString());
  return {
    sum: sum.toString(),
    target: new Decimal(target.toString()).toString(),
    balanced: difference.isZero(),
    difference: difference.toString(),
  };
}

/** "Σ 28 / 目标 30, 少 2" in words for a row that does not add up; "" when it does. */
export function balanceWords(balance: QuotaBalance, unit: string): string {
  if (balance.balanced) return "";
  const gap = new Decimal(balance.difference);
  return gap.isNegative() ? `比市级目标少 ${gap.abs().toString()}${unit}` : `比市级目标多 ${gap.toString()}${unit}`;
}
