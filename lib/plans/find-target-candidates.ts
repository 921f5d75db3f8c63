// Proposes the numbers in a work point that might be targets. It errs on the side of keeping a
// doubtful number: a reviewer discards a candidate in the decisions file, but cannot see one the
// parser dropped. Only Arabic digits are candidates: the plans write quantities in digits and
// names, ordinals and slogans in Chinese numerals (第三批, 十九届, 三年行动, 七类, 四同步).
import { normalizeWidth } from "@/lib/plans/plan-text";

export type TargetCandidate = {
  value: number;
  unit: string;
  /** The number and unit as printed, e.g. "30个", "2.5亿元", "100%". */
  matched: string;
  /** Words of the point text around the number that name what is counted, verbatim. */
  phrase: string;
  /** Offset of matched in the point text. */
  index: number;
  /** 不少于/不低于/以上 give AT_LEAST, 不超过/不高于/以内/以下 give AT_MOST; default AT_LEAST. */
  direction: "AT_LEAST" | "AT_MOST";
};

const UNITS =
  "(?:万|亿)?(?:人次|户次|平方米|公里|元|个|张|户|家|人|名|所|座|处|项|条|次|场|间|台|辆|套|件|册|本|支|只|位|床|亩|米|吨|天)|%|‰";
const NUMBER_WITH_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:余|多)?(${UNITS})`, "g");

// 、 separates the items of a list ("长者之家30个、长者食堂25个"), but not inside brackets ("县(区、管委会)").
const CLAUSE_BREAK = /[,，。;；、:：!！?？\n]/;
const LIMIT_BEFORE =
  /(不少于|不低于|不小于|至少|不超过|不高于|不多于|不大于|控制在|超过|高于|多于|大于|低于|少于|小于|≥|≤)\s*$/;
const AT_MOST_WORDS = new Set(["不超过", "不高于", "不多于", "不大于", "控制在", "低于", "少于", "小于", "≤"]);
const LIMIT_AFTER = /^\s*(及以上|以上|以内|以下|之内)/;
const PER_POPULATION = /每(十万|万|千|百)(名|人|户)?/;
const MAX_PHRASE = 30;

export function findTargetCandidates(pointText: string): TargetCandidate[] {
  const text = normalizeWidth(pointText);
  const depth = measureBracketDepth(text);
  const candidates: TargetCandidate[] = [];
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const index = m.index;
    const end = index + m[0].length;
    if (isNotQuantity(text, index, end)) continue;
    const [start, stop] = findClause(text, depth, index);
    const after = LIMIT_AFTER.exec(text.slice(end, stop));
    const phraseEnd = after ? end + after[0].length : end;
    const ratio = PER_POPULATION.exec(text.slice(start, index));
    candidates.push({
      value: Number(m[1]),
      unit: ratio ? `${m[2]}/${ratio[1]}${ratio[2] === "户" ? "户" : "人"}` : m[2],
      matched: pointText.slice(index, end),
      phrase: pickPhrase(pointText, start, stop, index, phraseEnd),
      index,
      direction: readDirection(text.slice(start, index), after?.[1]),
    });
  }
  return candidates;
}

function isNotQuantity(text: string, index: number, end: number): boolean {
  const before = text.slice(0, index);
  if (/[A-Za-z0-9.+-]$/.test(before)) return true; // 1+N, G20, v1.2
  if (/^[+A-Za-z]/.test(text.slice(end))) return true;
  if (/第\s*$/.test(before)) return true; // 第3批: an ordinal
  return before.lastIndexOf("《") > before.lastIndexOf("》"); // inside a document's title
}

function readDirection(before: string, after: string | undefined): TargetCandidate["direction"] {
  const limit = LIMIT_BEFORE.exec(before);
  if (limit) return AT_MOST_WORDS.has(limit[1]) ? "AT_MOST" : "AT_LEAST";
  if (after === "以内" || after === "以下" || after === "之内") return "AT_MOST";
  return "AT_LEAST";
}

function measureBracketDepth(text: string): number[] {
  const depth: number[] = [];
  let level = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === ")" || ch === "）") level = Math.max(0, level - 1);
    depth.push(level);
    if (ch === "(" || ch === "（") level += 1;
  }
  return depth;
}

function isClauseBreak(text: string, depth: number[], i: number): boolean {
  return CLAUSE_BREAK.test(text[i]) && depth[i] === 0;
}

function findClause(text: string, depth: number[], index: number): [number, number] {
  const startOf = (from: number) => {
    let i = from;
    while (i > 0 && !isClauseBreak(text, depth, i - 1)) i -= 1;
    return i;
  };
  let start = startOf(index);
  // "荔城黄石、涵江江口等13个": a list of names before the number belongs to it; a list of
  // numbered items ("长者之家30个、长者食堂25个") does not.
  while (start > 0 && text[start - 1] === "、") {
    const previous = startOf(start - 1);
    if (/\d/.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  let stop = index;
  while (stop < text.length && !isClauseBreak(text, depth, stop)) stop += 1;
  return [start, stop];
}

function pickPhrase(text: string, start: number, stop: number, index: number, end: number): string {
  const clause = text.slice(start, stop).trim();
  if (clause.length <= MAX_PHRASE) return clause;
  // A long clause is cut to the words nearest the number, which are the ones that name it.
  return text.slice(Math.max(start, index - 18), Math.min(stop, end + 10)).trim();
}
