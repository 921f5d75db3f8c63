// The two sizes the benchmark measures (issue #5, "Fast at any size"). Each lives in its own data
// directory with its own embedded database, beside (never inside) the portal's ./data.
import path from "node:path";

export const BENCH_ROOT = path.resolve("bench-data");

export type DataSet = {
  name: "city" | "province";
  label: string;
  dataDir: string;
  databasePort: number;
  /** County-level units reporting against quotas. */
  counties: number;
  years: number[];
};

export const DATA_SETS: DataSet[] = [
  {
    name: "city",
    label: "市级",
    dataDir: path.join(BENCH_ROOT, "city"),
    databasePort: 54391,
    counties: 7,
    years: [2022],
  },
  {
    name: "province",
    label: "省级",
    dataDir: path.join(BENCH_ROOT, "province"),
    databasePort: 54392,
    counties: 84,
    years: [2018, 2019, 2020, 2021, 2022],
  },
];
