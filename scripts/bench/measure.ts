// One autocannon run per target after a warm-up, with the numbers the report prints.
import autocannon from "autocannon";

export const CONNECTIONS = 10;
export const WARM_UP_SECONDS = 3;
export const MEASURE_SECONDS = 15;

export type Target = {
  key: "static" | "dashboard" | "api";
  label: string;
  path: string;
  headers: Record<string, string>;
  mustContain: string;
};

export type Measurement = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  kilobytes: number;
};

async function run(url: string, headers: Record<string, string>, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, headers, connections: CONNECTIONS, duration });
}

/** A single request first: the status and a word of the content, so a redirect to the sign-in page is not measured as a dashboard. */
export async function checkTarget(baseUrl: string, target: Target): Promise<string | null> {
  const response = await fetch(baseUrl + target.path, { headers: target.headers, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) return `HTTP ${response.status}`;
  if (!body.includes(target.mustContain)) return `响应中没有「${target.mustContain}」`;
  return null;
}

export async function measure(baseUrl: string, target: Target): Promise<Measurement> {
  const warmUp = await run(baseUrl + target.path, target.headers, WARM_UP_SECONDS);
  const result = await run(baseUrl + target.path, target.headers, MEASURE_SECONDS);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx + warmUp.non2xx,
    errors: result.errors + warmUp.errors,
    timeouts: result.timeouts + warmUp.timeouts,
    kilobytes: result.requests.total ? result.throughput.total / result.requests.total / 1024 : 0,
  };
}
