// The benchmark's tables: one per data set, then the two targets of issue #5.
import { availableParallelism } from "node:os";
import type { DataSetCounts } from "./build-data-set";
import type { DataSet } from "./data-sets";
import type { Measurement, Target } from "./measure";

export type SetResult = {
  set: DataSet;
  counts: DataSetCounts;
  rows: { target: Target; result: Measurement | null; problem: string | null }[];
  load: number;
};

// CJK characters take two columns in a terminal.
const width = (text: string) => [...text].reduce((sum, char) => sum + (char.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
const pad = (text: string, columns: number, right = false) =>
  right ? " ".repeat(Math.max(0, columns - width(text))) + text : text + " ".repeat(Math.max(0, columns - width(text)));
const fixed = (value: number, digits: number) => value.toFixed(digits);

export function printSet({ set, counts, rows, load }: SetResult): void {
  const staticRate = rows.find((row) => row.target.key === "static")?.result?.requestsPerSecond ?? 0;
  console.log(
    `\n== ${set.label}数据集: ${set.counties} 个县级单位, ${set.years.length} 个年度 (${set.years.join("、")}), 报告 ${counts.reports.toLocaleString("en")} 份, 数值 ${counts.values.toLocaleString("en")} 个, 流转记录 ${counts.events.toLocaleString("en")} 条, 指标分解 ${counts.quotas.toLocaleString("en")} 条 ==`,
  );
  console.log(`(测量结束时系统负载 ${load.toFixed(1)}, ${availableParallelism()} 核; 负载高于核数时数字偏低且不稳)`);
  const header = [
    pad("页面", 52),
    pad("请求/秒", 10, true),
    pad("p50 ms", 9, true),
    pad("p99 ms", 9, true),
    pad("请求数", 8, true),
    pad("非2xx", 7, true),
    pad("KB/响应", 9, true),
    pad("相对静态页", 11, true),
  ];
  console.log(header.join(" "));
  for (const { target, result, problem } of rows) {
    const label = pad(`${target.label} ${target.path}`, 52);
    if (!result) {
      console.log(`${label} 未测量: ${problem}`);
      continue;
    }
    const ratio = staticRate ? result.requestsPerSecond / staticRate : 0;
    console.log(
      [
        label,
        pad(fixed(result.requestsPerSecond, 1), 10, true),
        pad(fixed(result.p50, 1), 9, true),
        pad(fixed(result.p99, 1), 9, true),
        pad(String(result.requests), 8, true),
        pad(String(result.non2xx), 7, true),
        pad(fixed(result.kilobytes, 1), 9, true),
        pad(fixed(ratio, 2), 11, true),
      ].join(" "),
    );
  }
}

const resultOf = (results: SetResult[], name: DataSet["name"], key: Target["key"]) =>
  results.find((entry) => entry.set.name === name)?.rows.find((row) => row.target.key === key)?.result ?? null;

/** The two targets of issue #5; returns false when a number needed for them is missing. */
export function printTargets(results: SetResult[]): boolean {
  console.log("\n== 目标 (issue #5 第 6 条) ==");
  let complete = true;
  for (const key of ["dashboard", "api"] as const) {
    for (const name of ["city", "province"] as const) {
      const value = resultOf(results, name, key);
      const base = resultOf(results, name, "static");
      const label = `${name === "city" ? "市级" : "省级"} ${key === "dashboard" ? "驾驶舱" : "进度 API"} ÷ 静态页 (吞吐量)`;
      if (!value || !base) {
        complete = false;
        console.log(`${pad(label, 40)} 缺少数据`);
        continue;
      }
      const ratio = value.requestsPerSecond / base.requestsPerSecond;
      const verdict =
        key === "dashboard" && name === "city" ? (ratio >= 0.5 ? "  达标 (≥ 0.50)" : "  未达标 (目标 ≥ 0.50)") : "";
      console.log(`${pad(label, 40)} ${fixed(ratio, 2)}${verdict}`);
    }
  }
  for (const key of ["dashboard", "api"] as const) {
    const city = resultOf(results, "city", key);
    const province = resultOf(results, "province", key);
    const label = `省级 ÷ 市级 ${key === "dashboard" ? "驾驶舱" : "进度 API"}延迟`;
    if (!city || !province) {
      complete = false;
      console.log(`${pad(label, 40)} 缺少数据`);
      continue;
    }
    const p50 = province.p50 / city.p50;
    const p99 = province.p99 / city.p99;
    const verdict = key === "dashboard" ? (Math.max(p50, p99) <= 3 ? "  达标 (≤ 3×)" : "  未达标 (目标 ≤ 3×)") : "";
    console.log(`${pad(label, 40)} p50 ${fixed(p50, 2)}×, p99 ${fixed(p99, 2)}×${verdict}`);
  }
  return complete;
}
