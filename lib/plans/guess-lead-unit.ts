// A first guess at a point's lead department from the words it uses, for the import review.
// The supervisor confirms or corrects every guess before anything is saved.
const KEYWORDS: [code: string, words: RegExp][] = [
  ["fucai", /彩票/],
  ["laoqu", /老区|革命遗址|红色/],
  ["yanglao", /养老|长者|幸福院|老年人/],
  ["ertong", /儿童|未成年人|孤儿|孤弃/],
  ["jiuzhu", /救助|低保|特困|流浪乞讨|返贫/],
  ["shezu", /社会组织|行业协会|社团/],
  ["shegong", /社会工作|社工|慈善|志愿服务/],
  ["jiceng", /社区|村\(居\)|基层政权|议事协商|村规民约/],
  ["shiwu", /区划|地名|殡葬|婚姻|残疾人|界线/],
  ["dangwei", /党风廉政|党的建设|从严治党|理论武装|学习贯彻/],
];

export function guessLeadUnitCode(text: string): string {
  let best = { code: "office", hits: 0 };
  for (const [code, words] of KEYWORDS) {
    const hits = text.split(words).length - 1;
    if (hits > best.hits) best = { code, hits };
  }
  return best.code;
}
