// The project's own import graph, read with TypeScript's parser: what Biome's file-level cycle rule
// cannot see (circles between lib folders, the direction app → components → lib, client bundles).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const SOURCE_FOLDERS = ["app", "components", "lib", "scripts"];
const GENERATED = "lib/generated";
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

// target: the project file imported, absent for packages and generated code.
export type SourceImport = { specifier: string; target?: string; typeOnly: boolean };
export type SourceFile = {
  path: string;
  imports: SourceImport[];
  useClient: boolean;
  useServer: boolean;
  serverOnly: boolean;
  text: string;
};

function listSources(folder: string): string[] {
  const absolute = path.join(ROOT, folder);
  if (!existsSync(absolute) || folder === GENERATED) return [];
  return readdirSync(absolute).flatMap((name) => {
    const relative = `${folder}/${name}`;
    if (statSync(path.join(ROOT, relative)).isDirectory()) return listSources(relative);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [relative] : [];
  });
}

// "@/…" and relative specifiers to a project file; packages and generated code are outside the graph.
function resolveSpecifier(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  if (base.startsWith(`${GENERATED}/`)) return undefined;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    const absolute = path.join(ROOT, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

// Specifiers whose every static import is type-only: erased before bundling, so they never reach a client bundle.
function typeOnlySpecifiers(source: ts.SourceFile): Set<string> {
  const typeOnly = new Set<string>();
  const valued = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    (isTypeOnly(statement) ? typeOnly : valued).add(statement.moduleSpecifier.text);
  }
  for (const specifier of valued) typeOnly.delete(specifier);
  return typeOnly;
}

function isTypeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
}

function directives(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    found.push(statement.expression.text);
  }
  return found;
}

export function readSourceFile(relative: string, text = readFileSync(path.join(ROOT, relative), "utf8")): SourceFile {
  const parsed = ts.createSourceFile(relative, text, ts.ScriptTarget.Latest, false);
  const typeOnly = typeOnlySpecifiers(parsed);
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const imports: SourceImport[] = [];
  for (const { fileName } of importedFiles) {
    imports.push({
      specifier: fileName,
      target: resolveSpecifier(relative, fileName),
      typeOnly: typeOnly.has(fileName),
    });
  }
  const found = directives(parsed);
  return {
    path: relative,
    imports,
    useClient: found.includes("use client"),
    useServer: found.includes("use server"),
    serverOnly: importedFiles.some(({ fileName }) => fileName === "server-only"),
    text,
  };
}

export function readSourceGraph(): Map<string, SourceFile> {
  const files = SOURCE_FOLDERS.flatMap(listSources);
  return new Map(files.map((file) => [file, readSourceFile(file)]));
}
