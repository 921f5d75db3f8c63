// The scale cluster's nginx configuration (npm run scale-demo, tests/scale): the proxy settings of the
// production layout in docs/deploy.md, round-robin over the instances, every file nginx writes in the
// run's own folder, and the worker user only where nginx may switch to it (as root).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nginxConfig, UPSTREAM_HEADER } from "@/scripts/scale/nginx-config";

const settings = { dir: "/tmp/run-1", port: 3400, upstreams: ["127.0.0.1:3401", "127.0.0.1:3402"], asRoot: false };
const directives = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line.endsWith(";"));

describe("nginxConfig", () => {
  const config = nginxConfig(settings);

  it("proxies to both instances in turn, listening on the cluster's port", () => {
    const upstream = /upstream portal \{([^}]*)\}/.exec(config)?.[1] ?? "";
    expect(directives(upstream)).toEqual(["server 127.0.0.1:3401;", "server 127.0.0.1:3402;", "keepalive 16;"]);
    expect(config).toContain("listen 127.0.0.1:3400;");
    expect(config).toContain("proxy_pass http://portal;");
    expect(config).toContain(`add_header ${UPSTREAM_HEADER} $upstream_addr always;`);
  });

  it("carries docs/deploy.md's proxy settings (its $host kept with the port, for a port other than 443)", () => {
    const deploy = readFileSync("docs/deploy.md", "utf8");
    const location = /location \/ \{([^}]*)\}/.exec(deploy)?.[1] ?? "";
    const documented = [...directives(location), "client_max_body_size 21m;"];
    expect(documented.length).toBeGreaterThan(5);
    const generated = directives(config);
    for (const line of documented) expect(generated).toContain(line.replaceAll("$host", "$http_host"));
  });

  it("writes its pid, logs and temp files into the run's folder, and names a user only as root", () => {
    const paths = directives(config).filter((line) => /^(pid|error_log|access_log|\w+_temp_path) /.test(line));
    expect(paths).toHaveLength(8);
    for (const line of paths) expect(line.split(" ")[1]).toMatch(/^\/tmp\/run-1\//);
    expect(config).not.toMatch(/^user /m);
    expect(nginxConfig({ ...settings, asRoot: true })).toMatch(/^user nobody nogroup;$/m);
  });
});
