// The organisation of the Putian civil-affairs system as the portal knows it on first start.
// Codes are stable identifiers (demo account names are built from them); names are what people read.

export type UnitKind = "BUREAU" | "DEPARTMENT" | "COUNTY";

export type UnitSeed = {
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
};

export const CITY_BUREAU: UnitSeed = { code: "city", name: "莆田市民政局", shortName: "市民政局", kind: "BUREAU" };

export const DEPARTMENTS: UnitSeed[] = [
  { code: "office", name: "办公室", shortName: "办公室", kind: "DEPARTMENT" },
  { code: "jiuzhu", name: "社会救助科", shortName: "社会救助科", kind: "DEPARTMENT" },
  { code: "yanglao", name: "养老服务科", shortName: "养老服务科", kind: "DEPARTMENT" },
  { code: "ertong", name: "儿童福利科", shortName: "儿童福利科", kind: "DEPARTMENT" },
  { code: "jiceng", name: "基层政权建设和社区治理科", shortName: "基层政权科", kind: "DEPARTMENT" },
  { code: "shezu", name: "社会组织管理科", shortName: "社会组织科", kind: "DEPARTMENT" },
  { code: "shegong", name: "慈善事业促进和社会工作科", shortName: "慈善社工科", kind: "DEPARTMENT" },
  { code: "shiwu", name: "区划地名和社会事务科", shortName: "社会事务科", kind: "DEPARTMENT" },
  { code: "laoqu", name: "老区扶建办", shortName: "老区扶建办", kind: "DEPARTMENT" },
  { code: "fucai", name: "福利彩票发行中心", shortName: "福彩中心", kind: "DEPARTMENT" },
  { code: "dangwei", name: "机关党委", shortName: "机关党委", kind: "DEPARTMENT" },
];

export const COUNTIES: UnitSeed[] = [
  { code: "licheng", name: "荔城区", shortName: "荔城区", kind: "COUNTY" },
  { code: "chengxiang", name: "城厢区", shortName: "城厢区", kind: "COUNTY" },
  { code: "hanjiang", name: "涵江区", shortName: "涵江区", kind: "COUNTY" },
  { code: "xiuyu", name: "秀屿区", shortName: "秀屿区", kind: "COUNTY" },
  { code: "xianyou", name: "仙游县", shortName: "仙游县", kind: "COUNTY" },
  { code: "beian", name: "北岸经济开发区", shortName: "北岸开发区", kind: "COUNTY" },
  { code: "meizhou", name: "湄洲岛国家旅游度假区管委会", shortName: "湄洲岛", kind: "COUNTY" },
];

export const ALL_UNITS: UnitSeed[] = [CITY_BUREAU, ...DEPARTMENTS, ...COUNTIES];
