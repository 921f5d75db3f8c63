// npm run bench — issue #5 "Fast at any size": builds the city and the province data sets, runs the
// production build, and measures the leadership dashboard and the progress API beside the
// prerendered sign-in page of the same server (the framework's ceiling). Not part of the tests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { rm } from "node:fs/promises";
import path from "node:path";
import { DEMO_LEADER_TOKEN, DEMO_PASSWORD } from "../lib/seed/demo-accounts";
import { readLiveLock } from "../lib/db/data-dir-lock";
import { stopOrphanedServer } from "../lib/db/orphaned-server";
import { buildDataSet, stopDataSetDatabase } from "./bench/build-data-set";
import { BENCH_ROOT, DATA_SETS } from "./bench/data-sets";
import { CONNECTIONS, MEASURE_SECONDS, WARM_UP_SECONDS, checkTarget, measure, type Target } from "./bench/measure";
import { BASE_URL, BENCH_DIST_DIR, isPortBusy, startPortal, stopAllPortals } from "./bench/portal";
import { printSet, printTargets, type SetResult } from "./bench/print-results";
import { signIn } from "./bench/sign-in";
import { NODE_SCRIPT_FLAGS } from "./node-script-flags";

const PERIOD = "2022-10";
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} 秒`;

let building: ChildProcess | null = null;

function buildApp(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = (building = spawn(
      process.execPath,
      [...NODE_SCRIPT_FLAGS, "scripts/bench/build-app.ts", BENCH_DIST_DIR],
      { stdio: ["ignore", "ignore", "inherit"], detached: true },
    ));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`生产构建失败 (退出码 ${code})`))));
  });
}

function targetsFor(cookie: string): Target[] {
  return [
    { key: "static", label: "静态登录页", path: "/login", headers: {}, mustContain: "民政工作要点督办平台" },
    {
      key: "dashboard",
      label: "领导驾驶舱",
      path: `/dashboard?period=${PERIOD}`,
      headers: { cookie },
      mustContain: "2022年10月",
    },
    {
      key: "api",
      label: "进度 API",
      path: `/api/v1/plans/2022/progress?period=${PERIOD}`,
      headers: { authorization: `Bearer ${DEMO_LEADER_TOKEN}` },
      mustContain: `"${PERIOD}"`,
    },
  ];
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  if (await isPortBusy()) throw new Error(`端口 3300 已被占用 (另一个基准测试?),未开始。`);
  for (const set of DATA_SETS) {
    const lock = await readLiveLock(set.dataDir);
    if (lock) throw new Error(`${set.dataDir} 正被进程 ${lock.pid} 使用 (另一个基准测试?),未开始。`);
    await stopOrphanedServer(path.join(set.dataDir, "pg"));
  }
  await rm(BENCH_ROOT, { recursive: true, force: true });
  console.error(`生产构建 (${BENCH_DIST_DIR}) 与数据集同时进行…`);
  const build = buildApp().then(() => console.error(`  生产构建完成 (${seconds(startedAt)})`));
  build.catch(() => {});
  const counts = [];
  for (const set of DATA_SETS) counts.push(await buildDataSet(set));
  await build;
  if (!existsSync(path.join(BENCH_DIST_DIR, "server/app/login.html")))
    throw new Error("登录页未被预渲染,静态基准不成立。");

  const results: SetResult[] = [];
  for (const [index, set] of DATA_SETS.entries()) {
    const phase = Date.now();
    console.error(`\n[${set.label}] 启动门户 ${BASE_URL} …`);
    const portal = await startPortal(set);
    // Sources edited after the build (a shared tree): the start command built them again first.
    if (readFileSync(portal.logFile, "utf8").includes("正在构建门户"))
      console.error(`  注意: 构建后源文件有改动,门户启动时重新构建了一次`);
    try {
      const cookie = await signIn(BASE_URL, "leader", DEMO_PASSWORD);
      const rows: SetResult["rows"] = [];
      for (const target of targetsFor(cookie)) {
        const problem = await checkTarget(BASE_URL, target);
        if (problem) console.error(`  ${target.label}: ${problem}`);
        console.error(
          `  负载 ${loadavg()[0].toFixed(1)} / ${availableParallelism()} 核; 测量 ${target.label} ${target.path} (${CONNECTIONS} 个连接, 预热 ${WARM_UP_SECONDS} 秒, 测量 ${MEASURE_SECONDS} 秒)…`,
        );
        rows.push({ target, result: problem ? null : await measure(BASE_URL, target), problem });
      }
      results.push({ set, counts: counts[index], rows, load: loadavg()[0] });
      // Requests autocannon left in flight finish before the database stops under them.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      console.error(`[${set.label}] 完成 (${seconds(phase)})`);
    } finally {
      await portal.stop();
    }
  }

  console.log(
    `\n基准: ${CONNECTIONS} 个连接, 预热 ${WARM_UP_SECONDS} 秒, 每项测量 ${MEASURE_SECONDS} 秒, 统计月份 ${PERIOD}, 演示时钟 2022-11-03`,
  );
  for (const result of results) printSet(result);
  const complete = printTargets(results);
  const failures = results.flatMap(({ set, rows }) =>
    rows.flatMap(({ target, result, problem }) => {
      if (!result) return [`${set.label} ${target.label}: ${problem}`];
      if (result.non2xx || result.errors || result.timeouts)
        return [
          `${set.label} ${target.label}: 非2xx ${result.non2xx}, 连接错误 ${result.errors}, 超时 ${result.timeouts}`,
        ];
      return [];
    }),
  );
  console.log(
    `\n数据集构建: ${counts.map((count, index) => `${DATA_SETS[index].label} ${count.seconds.toFixed(0)} 秒`).join(", ")}; 总用时 ${seconds(startedAt)}`,
  );
  if (failures.length || !complete) {
    console.log(
      `\n!!!!!!!!!! 基准测试失败 !!!!!!!!!!\n${failures.map((failure) => `  ✗ ${failure}`).join("\n")}\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!`,
    );
    return 1;
  }
  return 0;
}

let interrupted = false;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n收到 ${signal},正在停止门户…`);
    // Its own process group: next build runs in a grandchild.
    if (building?.pid && building.exitCode === null) process.kill(-building.pid, "SIGTERM");
    void Promise.allSettled([stopAllPortals(), stopDataSetDatabase()]).finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (error: Error) => {
    if (interrupted) return; // the signal handler stops everything and exits
    console.error(`\n!!!!!!!!!! 基准测试出错 !!!!!!!!!!\n${error.message}`);
    await stopAllPortals();
    process.exit(1);
  },
);
