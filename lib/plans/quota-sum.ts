import { Decimal } from "decimal.js";

/** Exact decimal sum, so 0.36 + 0.34 + … is compared with 2.5 without floating-point error. */
export function sumQuotas(targets: { toString(): string }[]): Decimal {
  return targets.reduce<Decimal>((total, target) => total.plus(target.toString()), new Decimal(0));
}
