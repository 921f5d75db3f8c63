// The reviewed reading of 《2022年全市民政工作要点》 (prisma/seed/plan-2022.txt): short titles,
// lead and supporting units, and which printed numbers are targets. Every number the parser
// proposes appears here as an indicator or as an exclusion with its reason.
//
// Counties support a point when it has county quotas or when its text directs the counties
// (指导各地 / 指导各县区 / 推动各县区). Targets stay in the document's own unit (2.5 亿元, 16 人/万人).
import { COUNTIES } from "@/lib/org/units";
import type { PlanDecisions } from "@/lib/plans/apply-plan-decisions";

const COUNTY_CODES = COUNTIES.map((c) => c.code);

export const plan2022Decisions: PlanDecisions = {
  // The notice prints the number as "莆民〔202211" and the heading as "2022全市民政工作要点";
  // the values below are the ones the notice itself names.
  metadata: {
    title: "2022年全市民政工作要点",
    docNumber: "莆民〔2022〕11号",
    issuer: "莆田市民政局",
    issuedAt: "2022-02-15",
    year: 2022,
  },
  points: [
    // 一、强化理论武装,提升对标看齐意识
    { no: 1, title: "深入学习贯彻党的创新理论", lead: "dangwei", supporting: [], indicators: [] },
    { no: 2, title: "学习贯彻六中全会和党代会精神", lead: "dangwei", supporting: [], indicators: [] },

    // 二、健全救助体系,提升兜底保障水平
    { no: 3, title: "巩固拓展脱贫攻坚兜底保障成果", lead: "jiuzhu", supporting: [], indicators: [] },
    { no: 4, title: "健全多层次社会救助体系", lead: "jiuzhu", supporting: [], indicators: [] },
    {
      no: 5,
      title: "做好特困人员照护和集中供养",
      lead: "jiuzhu",
      supporting: COUNTY_CODES,
      indicators: [
        {
          pick: "100%",
          name: "有意愿的生活不能自理特困人员集中供养率",
          unit: "%",
          target: 100,
          direction: "AT_LEAST",
          kind: "RATE",
          demoQuotaPerCounty: 100,
        },
      ],
    },
    { no: 6, title: "完善临时救助和审批机制", lead: "jiuzhu", supporting: [], indicators: [] },
    {
      no: 7,
      title: "创新开展服务类社会救助",
      lead: "jiuzhu",
      supporting: ["shegong", ...COUNTY_CODES],
      indicators: [],
    },
    { no: 8, title: "加强流浪乞讨人员救助管理", lead: "jiuzhu", supporting: [], indicators: [] },
    { no: 9, title: "健全残疾人两项补贴制度", lead: "shiwu", supporting: [], indicators: [] },
    { no: 10, title: "大力发展公益慈善事业", lead: "shegong", supporting: [], indicators: [] },

    // 三、聚焦短板弱项提升养老服务供给
    {
      no: 11,
      title: "新建长者之家、长者食堂和农村幸福院",
      lead: "yanglao",
      supporting: COUNTY_CODES,
      indicators: [
        { pick: "30个", name: "新建长者之家", unit: "个", target: 30, direction: "AT_LEAST", kind: "SUM" },
        { pick: "25个", name: "新建长者食堂", unit: "个", target: 25, direction: "AT_LEAST", kind: "SUM" },
        { pick: "5个", name: "新建农村幸福院", unit: "个", target: 5, direction: "AT_LEAST", kind: "SUM" },
        { pick: "135个", name: "提升改造农村幸福院", unit: "个", target: 135, direction: "AT_LEAST", kind: "SUM" },
      ],
    },
    {
      no: 12,
      title: "推进家庭适老化改造和家庭养老床位",
      lead: "yanglao",
      // 为老志愿服务"时间银行" belongs to the volunteer work of 慈善社工科 (see point 32).
      supporting: ["shegong", ...COUNTY_CODES],
      indicators: [
        { pick: "1000户", name: "家庭适老化改造", unit: "户", target: 1000, direction: "AT_LEAST", kind: "SUM" },
        { pick: "300张", name: "家庭养老床位", unit: "张", target: 300, direction: "AT_LEAST", kind: "SUM" },
      ],
    },
    { no: 13, title: "提升养老机构服务质量和安全", lead: "yanglao", supporting: [], indicators: [] },
    {
      no: 14,
      title: "鼓励社会力量兴办养老机构",
      lead: "yanglao",
      supporting: COUNTY_CODES,
      indicators: [
        { pick: "1000张", name: "新增养老床位", unit: "张", target: 1000, direction: "AT_LEAST", kind: "SUM" },
      ],
    },
    { no: 15, title: "建设养老智慧平台和人才队伍", lead: "yanglao", supporting: [], indicators: [] },

    // 四、汇聚各方力量提升关爱保护质量
    { no: 16, title: "健全留守困境儿童关爱保护体系", lead: "ertong", supporting: ["shegong"], indicators: [] },
    {
      no: 17,
      title: "深入实施福蕾行动计划",
      lead: "ertong",
      supporting: COUNTY_CODES,
      indicators: [
        { pick: "13个", name: "乡镇示范点建设", unit: "个", target: 13, direction: "AT_LEAST", kind: "SUM" },
        {
          pick: "100%",
          name: "乡镇示范点困境儿童结对帮扶率",
          unit: "%",
          target: 100,
          direction: "AT_LEAST",
          kind: "RATE",
          demoQuotaPerCounty: 100,
        },
        {
          pick: "45%",
          name: "县(区、管委会)困境儿童结对帮扶率",
          unit: "%",
          target: 45,
          direction: "AT_LEAST",
          kind: "RATE",
          quotaPerCounty: 45,
        },
      ],
    },
    { no: 18, title: "深化SOS儿童村改革", lead: "ertong", supporting: [], indicators: [] },
    { no: 19, title: "加强未成年人保护工作", lead: "ertong", supporting: COUNTY_CODES, indicators: [] },

    // 五、着力夯基惠民提升社区治理效能
    { no: 20, title: "提升基层治理和社区服务能力", lead: "jiceng", supporting: [], indicators: [] },
    { no: 21, title: "推进村居减负增效和村规民约", lead: "jiceng", supporting: [], indicators: [] },
    { no: 22, title: "推进城乡社区议事协商", lead: "jiceng", supporting: [], indicators: [] },
    {
      no: 23,
      title: "加强社区工作者队伍建设",
      lead: "jiceng",
      supporting: COUNTY_CODES,
      indicators: [
        {
          pick: "16人",
          name: "每万名城镇常住人口拥有社区工作者",
          unit: "人/万人",
          target: 16,
          direction: "AT_LEAST",
          kind: "RATIO",
          demoQuotaPerCounty: 16,
        },
      ],
    },

    // 六、突出党建引领,提升社会组织活力
    { no: 24, title: "加强社会组织党的建设", lead: "shezu", supporting: ["dangwei"], indicators: [] },
    { no: 25, title: "促进社会组织健康有序发展", lead: "shezu", supporting: [], indicators: [] },
    {
      no: 26,
      title: "引导社会组织参与产业链发展",
      lead: "shezu",
      supporting: [],
      indicators: [
        // The 12 chains are city-wide: one chain counts once however many counties take part,
        // so county quotas could not add up to the target.
        {
          pick: "12个",
          name: "社会组织参与市重点产业链",
          unit: "个",
          target: 12,
          direction: "AT_LEAST",
          kind: "SUM",
          cityLevel: true,
        },
      ],
    },
    { no: 27, title: "加强社会组织执法监管", lead: "shezu", supporting: [], indicators: [] },

    // 七、优化发展环境提升社工服务品质
    { no: 28, title: "落实社工人才队伍建设措施", lead: "shegong", supporting: [], indicators: [] },
    { no: 29, title: "加快社工人才培育", lead: "shegong", supporting: [], indicators: [] },
    {
      no: 30,
      title: "强化社工机构管理",
      lead: "shegong",
      supporting: COUNTY_CODES,
      indicators: [
        // "每个县区…不少于2家" is a floor for each county, not a city total to split.
        {
          pick: "2家",
          name: "每个县区引进培育社会工作服务机构",
          unit: "家",
          target: 2,
          direction: "AT_LEAST",
          kind: "SUM",
          minimumPerCounty: 2,
        },
      ],
    },
    {
      no: 31,
      title: "落实救助资金购买服务和社工站建设",
      lead: "shegong",
      supporting: ["jiuzhu", ...COUNTY_CODES],
      indicators: [
        {
          pick: "3%",
          name: "社会救助资金用于购买服务比例",
          unit: "%",
          target: 3,
          direction: "AT_LEAST",
          kind: "RATE",
          demoQuotaPerCounty: 3,
        },
      ],
      excluded: [
        { pick: "3个", reason: "3个省级示范点是已建成的示范点，本条要求推广其经验做法，不是本年度要建成的数量" },
      ],
    },
    { no: 32, title: "推动志愿服务发展", lead: "shegong", supporting: ["jiceng"], indicators: [] },

    // 八、弘扬老区精神,提升红色文化内涵
    { no: 33, title: "加大老区扶持力度", lead: "laoqu", supporting: [], indicators: [] },
    {
      no: 34,
      title: "推进革命遗址保护利用",
      lead: "laoqu",
      supporting: COUNTY_CODES,
      indicators: [
        { pick: "7个", name: "革命遗址修缮项目", unit: "个", target: 7, direction: "AT_LEAST", kind: "SUM" },
        { pick: "28个", name: "管护已修缮革命遗址", unit: "个", target: 28, direction: "AT_LEAST", kind: "SUM" },
      ],
    },

    // 九、注重精细管理,提升便民服务效率
    { no: 35, title: "做好区划地名和界线管理", lead: "shiwu", supporting: [], indicators: [] },
    {
      no: 36,
      title: "加强公益性殡葬设施建设",
      lead: "shiwu",
      supporting: COUNTY_CODES,
      indicators: [
        { pick: "3个", name: "乡镇公益性骨灰楼堂", unit: "个", target: 3, direction: "AT_LEAST", kind: "SUM" },
        { pick: "40个", name: "村级公益性骨灰楼堂", unit: "个", target: 40, direction: "AT_LEAST", kind: "SUM" },
      ],
    },
    { no: 37, title: "推进婚姻登记规范化建设", lead: "shiwu", supporting: [], indicators: [] },
    {
      no: 38,
      title: "推进福利彩票规范发展",
      lead: "fucai",
      supporting: COUNTY_CODES,
      indicators: [
        {
          pick: "2.5亿元",
          name: "福利彩票年度销售总额",
          unit: "亿元",
          target: 2.5,
          direction: "AT_LEAST",
          kind: "SUM",
          step: 0.01,
        },
      ],
    },

    // 十、压紧政治责任,提升贯彻执行能力
    { no: 39, title: "加强党对民政工作的全面领导", lead: "dangwei", supporting: [], indicators: [] },
    // 巩固"漏保"、"漏救"问题整治成果 is the social-assistance department's follow-up.
    { no: 40, title: "深入推进党风廉政建设", lead: "dangwei", supporting: ["jiuzhu"], indicators: [] },
    { no: 41, title: "转变作风提升效能", lead: "office", supporting: [], indicators: [] },
    { no: 42, title: "推进民政数字化建设", lead: "office", supporting: [], indicators: [] },
    // "盯紧养老服务、儿童福利、社会事务等领域" names the departments that share the safety work.
    {
      no: 43,
      title: "抓好疫情防控和安全管理",
      lead: "office",
      supporting: ["yanglao", "ertong", "shiwu"],
      indicators: [],
    },
  ],
};
