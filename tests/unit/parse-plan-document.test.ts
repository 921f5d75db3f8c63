import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanDocument, type ParsedPlan } from "@/lib/plans/parse-plan-document";

const seed = readFileSync(new URL("../../prisma/seed/plan-2022.txt", import.meta.url), "utf8");
const plan = parsePlanDocument(seed);
const points = (p: ParsedPlan) => p.sections.flatMap((s) => s.points);
const point = (p: ParsedPlan, no: number) => points(p).find((x) => x.no === no)!;
/** The candidates of the only point of a one-point document. */
const candidatesOf = (pointText: string) => point(parsePlanDocument(`一、测试\n1.${pointText}`), 1).candidates;

describe("parsePlanDocument on the 2022 plan", () => {
  it("finds the ten sections with their titles, without the numbering", () => {
    expect(plan.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.sections[0].title).toBe("强化理论武装,提升对标看齐意识");
    expect(plan.sections[2].title).toBe("聚焦短板弱项提升养老服务供给");
    expect(plan.sections[9].title).toBe("压紧政治责任,提升贯彻执行能力");
  });

  it("finds the 43 points in order, in the right sections, with their text as printed", () => {
    expect(points(plan).map((p) => p.no)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(plan.sections.map((s) => s.points.length)).toEqual([2, 8, 5, 4, 4, 4, 5, 2, 4, 5]);
    for (const p of points(plan)) expect(seed).toContain(`${p.no}.${p.text}`);
    expect(point(plan, 11).text).toBe(
      "扎实推进为民办实事项目,主动融入“党建+”邻里中心建设,继续实施农村幸福院三年提升行动,新建长者之家30个、长者食堂25个、农村幸福院5个,提升改造农村幸福院135个。",
    );
    expect(point(plan, 43).text.endsWith("确保民政领域持续保持安全稳定。")).toBe(true);
  });

  it("reads the plan's title, number, issuer and date from the notice, repairing the garbled number", () => {
    expect(plan).toMatchObject({
      title: "2022年全市民政工作要点",
      docNumber: "莆民〔2022〕11号",
      issuer: "莆田市民政局",
      issuedAt: "2022-02-15",
      year: 2022,
    });
    expect(plan.warnings).toContain("文号印刷为“莆民〔202211”，按“莆民〔2022〕11号”识别");
    expect(plan.warnings.some((w) => w.includes("2022全市民政工作要点"))).toBe(true);
  });

  it("proposes the four construction targets of point 11, each with the words that name it", () => {
    expect(
      point(plan, 11).candidates.map(({ value, unit, matched, phrase, direction }) => ({
        value,
        unit,
        matched,
        phrase,
        direction,
      })),
    ).toEqual([
      { value: 30, unit: "个", matched: "30个", phrase: "新建长者之家30个", direction: "AT_LEAST" },
      { value: 25, unit: "个", matched: "25个", phrase: "长者食堂25个", direction: "AT_LEAST" },
      { value: 5, unit: "个", matched: "5个", phrase: "农村幸福院5个", direction: "AT_LEAST" },
      { value: 135, unit: "个", matched: "135个", phrase: "提升改造农村幸福院135个", direction: "AT_LEAST" },
    ]);
    for (const c of point(plan, 11).candidates) {
      expect(point(plan, 11).text.slice(c.index, c.index + c.matched.length)).toBe(c.matched);
    }
  });

  it("reads amounts, rates, per-10,000 ratios and explicit floors", () => {
    expect(point(plan, 38).candidates).toMatchObject([{ value: 2.5, unit: "亿元", matched: "2.5亿元" }]);
    expect(point(plan, 5).candidates).toMatchObject([
      { value: 100, unit: "%", phrase: expect.stringContaining("集中供养率达100%") },
    ]);
    expect(point(plan, 23).candidates).toMatchObject([{ value: 16, unit: "人/万人", matched: "16人" }]);
    expect(point(plan, 30).candidates).toMatchObject([
      { value: 2, unit: "家", direction: "AT_LEAST", phrase: expect.stringContaining("不少于2家") },
    ]);
    expect(point(plan, 31).candidates.map((c) => c.matched)).toEqual(["3%", "3个"]);
    expect(point(plan, 14).candidates).toMatchObject([
      { value: 1000, unit: "张", phrase: "新增各类养老床位数1000张以上" },
    ]);
    expect(point(plan, 17).candidates[0].phrase).toBe("抓好荔城黄石、涵江江口等13个乡镇示范点建设");
  });

  it("proposes no number in points that set no numeric target", () => {
    const withNumbers = points(plan)
      .filter((p) => p.candidates.length > 0)
      .map((p) => p.no);
    expect(withNumbers).toEqual([5, 11, 12, 14, 17, 23, 26, 30, 31, 34, 36, 38]);
  });
});

describe("target candidates", () => {
  it("reads the direction from 不少于/不低于/以上 and 不超过/不高于/以内/以下", () => {
    const found = candidatesOf(
      "每县不少于2家,比例不低于3%,新增床位1000张以上,空置率不超过10%,费用不高于5万元,误差控制在2%以内,投诉20件以下,建成8个。",
    );
    expect(found.map((c) => [c.matched, c.direction])).toEqual([
      ["2家", "AT_LEAST"],
      ["3%", "AT_LEAST"],
      ["1000张", "AT_LEAST"],
      ["10%", "AT_MOST"],
      ["5万元", "AT_MOST"],
      ["2%", "AT_MOST"],
      ["20件", "AT_MOST"],
      ["8个", "AT_LEAST"],
    ]);
  });

  it("skips ordinals, names and slogans", () => {
    const text =
      "申报第3批示范基地,学习十九届六中全会和省第十一次党代会精神,实施三年行动,深化“阳光1+1”和“1+N”模式,健全“1+x”机制,关爱“七类”老人,落实“四同步”,贯彻十七部门措施和“三融三共”,执行《2022年工作规范》,新建长者之家30个。";
    expect(candidatesOf(text).map((c) => c.matched)).toEqual(["30个"]);
  });

  it("keeps doubtful counts for the reviewer to decide", () => {
    expect(candidatesOf("推广3个省级示范点的经验做法,抓好13个乡镇示范点建设。").map((c) => c.value)).toEqual([3, 13]);
  });

  it("reads per-population ratios and keeps the item words inside brackets together", () => {
    expect(candidatesOf("每千名老年人拥有养老床位35张。")).toMatchObject([{ value: 35, unit: "张/千人" }]);
    expect(candidatesOf("县(区、管委会)结对帮扶率达到45%。")[0].phrase).toBe("县(区、管委会)结对帮扶率达到45%");
  });
});

describe("parsePlanDocument on other documents", () => {
  const pasted = [
    "莆田市民政局关于印发2023年全市养老服务工作要点的通知",
    "莆民〔2023〕５号",
    "一、扩大供给",
    "1、新建长者食堂２０个。",
    "2、新增养老床位500张,",
    "其中护理型床位不少于300张。",
    "二、提升质量",
    "４．开展等级评定。",
    "",
    "莆田市民政局",
    "2023年3月1日",
  ].join("\r\n");
  const parsed = parsePlanDocument(pasted);

  it("reads 1、 and full-width 4． numbering and Windows line endings, keeping the text as printed", () => {
    expect(parsed.sections.map((s) => [s.no, s.title])).toEqual([
      [1, "扩大供给"],
      [2, "提升质量"],
    ]);
    expect(points(parsed).map((p) => p.no)).toEqual([1, 2, 4]);
    expect(point(parsed, 1).text).toBe("新建长者食堂２０个。");
    expect(point(parsed, 1).candidates).toMatchObject([{ value: 20, matched: "２０个", phrase: "新建长者食堂２０个" }]);
    expect(point(parsed, 2).text).toBe("新增养老床位500张,\n其中护理型床位不少于300张。");
    expect(point(parsed, 4).text).toBe("开展等级评定。");
  });

  it("reads the metadata and reports the gap in the numbering", () => {
    expect(parsed).toMatchObject({
      title: "2023年全市养老服务工作要点",
      docNumber: "莆民〔2023〕5号",
      issuer: "莆田市民政局",
      issuedAt: "2023-03-01",
      year: 2023,
    });
    expect(parsed.warnings).toContain("第4条编号不连续（上一条为第2条）");
    expect(parsed.warnings.some((w) => w.startsWith("文号"))).toBe(false);
  });

  it("accepts numbering that restarts in each section, and names what it could not find", () => {
    const restarted = parsePlanDocument("2024全市民政工作要点\n一、甲\n1.做甲。\n二、乙\n1.做乙。\n2.再做乙。");
    expect(restarted.warnings.filter((w) => w.includes("编号"))).toEqual([]);
    expect(restarted.title).toBe("2024年全市民政工作要点");
    expect(restarted.year).toBe(2024);
    expect(restarted.warnings).toEqual(expect.arrayContaining(["未找到文号", "未找到发文单位", "未找到发文日期"]));
  });

  it("repairs a document number whose closing bracket and 号 were lost", () => {
    expect(parsePlanDocument("闽民〔202307\n一、甲\n1.做甲。").docNumber).toBe("闽民〔2023〕7号");
    expect(parsePlanDocument("莆民[2021]12号\n一、甲\n1.做甲。").docNumber).toBe("莆民〔2021〕12号");
  });
});
