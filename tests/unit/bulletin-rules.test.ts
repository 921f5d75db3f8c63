// Who a 通报 praises and criticises, and the text it drafts: the rules as stated in the 通报 itself.
import { describe, expect, it } from "vitest";
import { pickCriticised, pickMostBehind, pickPraised } from "@/lib/bulletins/bulletin-rules";
import { noteCorrections } from "@/lib/bulletins/corrections";
import { bulletinBlocks } from "@/lib/bulletins/document-blocks";
import { draftTexts } from "@/lib/bulletins/draft-texts";
import type { BulletinCounty, BulletinDepartment, BulletinFigures } from "@/lib/bulletins/figures-types";
import { isBulletinPeriod, nextPeriod } from "@/lib/bulletins/periods";
import { mergeTexts } from "@/lib/bulletins/text-parts";
import type { PointProgress } from "@/lib/dashboard/progress-types";

const rules = { praiseTopCount: 2, criticiseOnTimeBelow: 0.8 };

const county = (
  code: string,
  completion: number | null,
  onTimeRate: number | null,
  status: BulletinCounty["status"] = "ON_TRACK",
): BulletinCounty => ({
  code,
  name: `${code}区`,
  completion,
  expected: 0.75,
  status,
  rank: null,
  reportsDue: 10,
  reportsOnTime: onTimeRate === null ? 0 : Math.round(onTimeRate * 10),
  onTimeRate,
});

const department = (code: string, onTimeRate: number | null): BulletinDepartment => ({
  code,
  name: `${code}科`,
  reportsDue: onTimeRate === null ? 0 : 10,
  reportsOnTime: onTimeRate === null ? 0 : Math.round(onTimeRate * 10),
  onTimeRate,
});

describe("通报批评", () => {
  it("names a unit below the on-time rate, or a county seriously behind, with its reasons", () => {
    const criticised = pickCriticised(
      [county("a", 0.9, 1), county("b", 0.3, 1, "SERIOUSLY_BEHIND"), county("c", 0.8, 0.7), county("d", 0.8, 0.8)],
      [department("x", 0.5), department("y", 1), department("z", null)],
      rules,
    );
    expect(criticised.map((unit) => unit.code)).toEqual(["b", "c", "x"]);
    expect(criticised[0].reasons[0]).toContain("严重滞后");
    expect(criticised[1].reasons[0]).toBe("按时报送率 70.0%,低于 80.0%");
  });
});

describe("表扬", () => {
  it("praises the top N counties by completion among those with every report on time", () => {
    const counties = [
      county("a", 0.9, 1),
      county("b", 0.95, 0.9),
      county("c", 0.8, 1),
      county("d", 0.85, 1),
      county("e", null, 1),
    ];
    expect(pickPraised(counties, rules, []).map((unit) => unit.code)).toEqual(["a", "d"]);
  });

  it("never praises a county it criticises, and praises nobody when N is 0", () => {
    const counties = [county("a", 0.9, 1, "SERIOUSLY_BEHIND"), county("c", 0.8, 1)];
    const criticised = pickCriticised(counties, [], rules);
    expect(pickPraised(counties, rules, criticised).map((unit) => unit.code)).toEqual(["c"]);
    expect(pickPraised(counties, { ...rules, praiseTopCount: 0 }, [])).toEqual([]);
  });
});

const indicator = (name: string, completion: number | null, expected: number, status: string | null) =>
  ({ name, unit: "个", completion, expected, status }) as unknown as PointProgress["indicators"][number];

describe("the indicators most behind", () => {
  it("orders the lagging ones by completion minus expected and keeps their lead units", () => {
    const points = [
      {
        no: 3,
        title: "养老",
        leadUnit: "养老服务科",
        indicators: [indicator("长者之家", 0.2, 0.75, "SERIOUSLY_BEHIND"), indicator("床位", 0.8, 0.75, "ON_TRACK")],
      },
      {
        no: 7,
        title: "救助",
        leadUnit: "社会救助科",
        indicators: [indicator("覆盖率", 0.6, 0.75, "BEHIND"), indicator("无数据", null, 0.75, null)],
      },
    ] as unknown as PointProgress[];
    expect(pickMostBehind(points).map((row) => [row.name, row.leadUnit])).toEqual([
      ["长者之家", "养老服务科"],
      ["覆盖率", "社会救助科"],
    ]);
    expect(pickMostBehind(points, 1)).toHaveLength(1);
  });
});

const figures = (overrides: Partial<BulletinFigures> = {}): BulletinFigures => ({
  year: 2022,
  period: "2022-09",
  planTitle: "2022年全市民政工作要点",
  plan: { completion: 0.7, expected: 0.75, status: "ON_TRACK" },
  statusCounts: { AHEAD: 1, ON_TRACK: 2, BEHIND: 3, SERIOUSLY_BEHIND: 4, NONE: 0 },
  counties: [{ ...county("a", 0.9, 1), rank: 1 }],
  departments: [],
  behind: [],
  notices: {
    issued: { yellow: 2, red: 1 },
    closed: { yellow: 1, red: 0 },
    issuedTo: [{ name: "荔城区", yellow: 2, red: 1 }],
  },
  rules,
  praised: [{ code: "a", name: "荔城区", reasons: [] }],
  criticised: [{ code: "c", name: "仙游县", reasons: ["按时报送率 70.0%,低于 80.0%"] }],
  corrections: [],
  dataVersion: "1",
  computedAt: "2022-11-03T01:00:00.000Z",
  ...overrides,
});

describe("the drafted text", () => {
  it("states the figures, the rules and who is praised and criticised", () => {
    const texts = draftTexts(figures());
    expect(texts.overview).toContain("总体完成率为70.0%,序时进度为75.0%");
    expect(texts.overview).toContain("滞后3项、严重滞后4项");
    expect(texts.praise).toContain("完成率居前2位");
    expect(texts.praise).toContain("对荔城区予以通报表扬");
    expect(texts.criticism).toContain("仙游县(按时报送率 70.0%,低于 80.0%)");
    expect(texts.supervision).toContain("下发督查单3份(红色1份、黄色2份),涉及荔城区");
    expect(texts.corrections).toBe("");
  });

  it("says so when nobody is praised or criticised", () => {
    const texts = draftTexts(figures({ praised: [], criticised: [] }));
    expect(texts.praise).toContain("本月没有符合表扬条件的县区");
    expect(texts.criticism).toContain("本月没有被通报批评的单位");
  });

  it("keeps the supervisor's parts over the drafted ones, and leaves an empty correction out of the document", () => {
    const drafted = draftTexts(figures());
    const texts = mergeTexts(drafted, { opening: "自拟开头", bogus: 1 });
    expect(texts.opening).toBe("自拟开头");
    expect(texts.overview).toBe(drafted.overview);
    const headings = bulletinBlocks(texts, figures())
      .filter((block) => block.kind === "heading")
      .map((block) => (block as { text: string }).text);
    expect(headings).toEqual([
      "一、总体情况",
      "二、滞后指标情况",
      "三、督查督办情况",
      "四、表扬和批评",
      "五、下步工作要求",
    ]);
  });
});

describe("corrections to an issued 通报", () => {
  it("notes a completion that changed as printed, and nothing for rounding noise", () => {
    const frozen = figures();
    const same = figures({ plan: { completion: 0.70001, expected: 0.75, status: "ON_TRACK" } });
    expect(noteCorrections({ period: "2022-08", year: 2022, number: 8 }, frozen, same)).toBeNull();
    const changed = figures({ counties: [{ ...county("a", 0.95, 1), rank: 1 }] });
    expect(noteCorrections({ period: "2022-08", year: 2022, number: 8 }, frozen, changed)).toEqual({
      period: "2022-08",
      number: "莆民督通〔2022〕8号",
      items: ["a区完成率由90.0%更正为95.0%"],
    });
  });
});

describe("months", () => {
  it("runs into the next year and bounds the months a 通报 can be drafted for", () => {
    expect(nextPeriod("2022-12")).toBe("2023-01");
    expect(nextPeriod("2022-09")).toBe("2022-10");
    expect(isBulletinPeriod("2022-09", "2022-01", "2022-10")).toBe(true);
    expect(isBulletinPeriod("2022-11", "2022-01", "2022-10")).toBe(false);
    expect(isBulletinPeriod("2022-13", "2022-01", "2022-12")).toBe(false);
  });
});
