import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPlanProblems } from "@/lib/plans/check-plan";
import { guessLeadUnitCode } from "@/lib/plans/guess-lead-unit";
import { guessPointTitle, proposePlan } from "@/lib/plans/propose-plan";
import { planDataSchema } from "@/lib/plans/schemas";

const seed = readFileSync(new URL("../../prisma/seed/plan-2022.txt", import.meta.url), "utf8");
const proposal = proposePlan(seed, 2030);
const points = proposal.plan.sections.flatMap((s) => s.points);
const point = (no: number) => points.find((p) => p.no === no)!;
const indicatorsOf = (no: number) =>
  point(no).indicators.map(({ name, unit, target, direction, kind }) => ({ name, unit, target, direction, kind }));

describe("proposePlan on the shipped 2022 document", () => {
  it("proposes the 10 sections and the 43 points, each text verbatim from the document", () => {
    expect(proposal.plan.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(points.map((p) => p.no)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    for (const p of points) expect(seed, `第${p.no}条`).toContain(p.text);
  });

  it("takes the year and the notice's metadata from the document, not the fallback year", () => {
    expect(proposal.plan).toMatchObject({
      year: 2022,
      title: "2022年全市民政工作要点",
      docNumber: "莆民〔2022〕11号",
      issuer: "莆田市民政局",
      issuedAt: "2022-02-15",
    });
    expect(proposal.warnings).toContain("文号印刷为“莆民〔202211”，按“莆民〔2022〕11号”识别");
  });

  it("finds every proposed indicator's source words in its own point", () => {
    const withIndicators = points.filter((p) => p.indicators.length > 0);
    expect(withIndicators.length).toBeGreaterThan(10);
    for (const p of withIndicators) {
      for (const indicator of p.indicators)
        expect(p.text, `第${p.no}条「${indicator.name}」`).toContain(indicator.sourceText);
    }
  });

  it("proposes the four counts of point 11 as summed indicators", () => {
    expect(indicatorsOf(11)).toEqual([
      { name: "新建长者之家", unit: "个", target: 30, direction: "AT_LEAST", kind: "SUM" },
      { name: "长者食堂", unit: "个", target: 25, direction: "AT_LEAST", kind: "SUM" },
      { name: "农村幸福院", unit: "个", target: 5, direction: "AT_LEAST", kind: "SUM" },
      { name: "提升改造农村幸福院", unit: "个", target: 135, direction: "AT_LEAST", kind: "SUM" },
    ]);
  });

  it("proposes a per-population target as a ratio (point 23) and a percentage as a rate (point 17)", () => {
    expect(indicatorsOf(23)).toEqual([
      {
        name: "力争实现每万名城镇常住人口拥有社区工作者",
        unit: "人/万人",
        target: 16,
        direction: "AT_LEAST",
        kind: "RATIO",
      },
    ]);
    const rates = indicatorsOf(17).filter((i) => i.unit === "%");
    expect(rates.map((i) => [i.target, i.kind])).toEqual([
      [100, "RATE"],
      [45, "RATE"],
    ]);
    expect(indicatorsOf(17).find((i) => i.unit === "个")).toMatchObject({ target: 13, kind: "SUM" });
  });

  it("guesses the lead department of clear-cut points", () => {
    expect(point(11).leadUnitCode).toBe("yanglao");
    expect(point(17).leadUnitCode).toBe("ertong");
    expect(point(38).leadUnitCode).toBe("fucai");
    expect(point(36).leadUnitCode).toBe("shiwu");
    expect(point(4).leadUnitCode).toBe("jiuzhu");
  });

  it("gives every point a short title taken from its first words", () => {
    expect(point(11).title).toBe("扎实推进为民办实事项目");
    expect(point(1).title).toBe("持续深入学习贯彻习近平新时代中国");
    for (const p of points) expect(p.title.length, `第${p.no}条标题`).toBeLessThanOrEqual(16);
  });

  it("can be confirmed without edits: the schema accepts it and the save check finds nothing", () => {
    expect(planDataSchema.safeParse(proposal.plan).success).toBe(true);
    expect(findPlanProblems(proposal.plan, seed)).toEqual([]);
  });
});

describe("proposePlan on other documents", () => {
  it("uses the given year when the document names none", () => {
    const { plan } = proposePlan("民政工作要点\n一、兜底保障\n1.提高低保标准。", 2023);
    expect(plan.year).toBe(2023);
    expect(plan.sections).toHaveLength(1);
  });

  it("warns in Chinese when the points are not under 一、二、 section headers, keeping the points", () => {
    const { plan, warnings } = proposePlan("民政工作要点\n1.新建长者之家30个。\n2.开展业务培训。", 2023);
    expect(warnings.some((w) => w.includes("一、"))).toBe(true);
    expect(plan.sections.flatMap((s) => s.points).map((p) => p.text)).toEqual(["新建长者之家30个。", "开展业务培训。"]);
  });

  it("warns in Chinese when nothing in the document looks like a section", () => {
    const { plan, warnings } = proposePlan("民政工作要点\n全年做好各项民政工作,确保安全稳定。", 2023);
    expect(plan.sections).toEqual([]);
    expect(warnings).toContain("未识别到“一、”“二、”形式的部分标题,请检查文件格式。");
  });
});

describe("guessPointTitle", () => {
  it("keeps a short first clause whole", () => {
    expect(guessPointTitle("扎实推进为民办实事项目,主动融入“党建+”邻里中心建设。")).toBe("扎实推进为民办实事项目");
    expect(guessPointTitle("开展业务培训。加强队伍建设。")).toBe("开展业务培训");
    expect(guessPointTitle("提高低保标准；完善救助机制")).toBe("提高低保标准");
  });

  it("keeps a first clause of exactly 16 characters whole", () => {
    const sixteen = "一二三四五六七八九十一二三四五六";
    expect(guessPointTitle(`${sixteen},其余`)).toBe(sixteen);
  });

  it("shortens a long first clause after a whole word, with no ellipsis", () => {
    expect(guessPointTitle("持续深入学习贯彻习近平新时代中国特色社会主义思想,把握精髓要义")).toBe(
      "持续深入学习贯彻习近平新时代中国",
    );
    expect(guessPointTitle("全面推进基层政权建设和社区治理体系现代化")).toBe("全面推进基层政权建设和社区治理");
  });

  it("prefers a list's or a quotation's boundary to a word's", () => {
    expect(guessPointTitle("加强社区工作者队伍建设、推动社区工作者职业体系建设")).toBe("加强社区工作者队伍建设");
    expect(guessPointTitle("深入实施“福蕾行动计划”推进关爱网络建设")).toBe("深入实施“福蕾行动计划”");
    expect(guessPointTitle("贯彻落实《中华人民共和国未成年人保护法》")).toBe("贯彻落实");
    expect(guessPointTitle("积极融入“全市一张图、全域数字化”建设")).toBe("积极融入");
    expect(guessPointTitle("持续落实社会救助资金按照不低于3%的比例")).toBe("持续落实社会救助资金按照不低于");
  });

  it("never puts an ellipsis in a proposed title, for every point of the 2022 document", () => {
    expect(points).toHaveLength(43);
    for (const { title } of points) {
      expect(title).not.toMatch(/…|\.\.\./);
      expect(title.length).toBeGreaterThan(0);
      expect(title.length).toBeLessThanOrEqual(16);
    }
    expect(guessPointTitle("一".repeat(50))).toBe("一".repeat(16));
  });
});

describe("guessLeadUnitCode", () => {
  it("picks the department whose words the text uses", () => {
    expect(guessLeadUnitCode("力争福利彩票年度销售总额达到2.5亿元")).toBe("fucai");
    expect(guessLeadUnitCode("管护好已完成修缮的革命遗址")).toBe("laoqu");
    expect(guessLeadUnitCode("新建长者之家30个、长者食堂25个")).toBe("yanglao");
    expect(guessLeadUnitCode("实现困境儿童结对帮扶率达到45%")).toBe("ertong");
    expect(guessLeadUnitCode("提高低保、特困人员保障标准")).toBe("jiuzhu");
    expect(guessLeadUnitCode("深化行业协会商会改革")).toBe("shezu");
    expect(guessLeadUnitCode("推进乡镇公益性骨灰楼堂和殡葬设施建设")).toBe("shiwu");
    expect(guessLeadUnitCode("深入开展党风廉政建设和反腐败斗争")).toBe("dangwei");
  });

  it("prefers the department named most often", () => {
    expect(guessLeadUnitCode("社会组织参与养老服务,规范社会组织管理,扶持社会组织发展")).toBe("shezu");
  });

  it("falls back to the office when no department's words appear", () => {
    expect(guessLeadUnitCode("积极融入全市一张图建设,提升数字化水平")).toBe("office");
    expect(guessLeadUnitCode("")).toBe("office");
  });

  it("recognises 村(居) as written in the plans", () => {
    expect(guessLeadUnitCode("开展村(居)委会成员示范班培训")).toBe("jiceng");
  });

  it("counts each mention of 社区 once, so a point mostly about disability stays with 社会事务", () => {
    expect(guessLeadUnitCode("健全残疾人两项补贴制度,做好残疾人康复服务进社区")).toBe("shiwu");
  });
});
