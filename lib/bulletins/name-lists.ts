// Names in a sentence: 荔城区、城厢区和仙游县.
import type { JudgedUnit } from "./figures-types";

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join("、")}和${names[names.length - 1]}`;
}

export const pickPraisedNames = (units: JudgedUnit[]) => listNames(units.map((unit) => unit.name));
