// Prisma's schema engine compiled to WebAssembly: migrations without the native engine download,
// which fails on offline networks. Only the CLI's packaging is bypassed; the engine, the
// migrations folder format and the _prisma_migrations table are Prisma's own.
import "server-only";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { portalEnv } from "@/lib/env";

const require = createRequire(import.meta.url);
let loaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const module = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(module, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

export async function openSchemaEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  await loadWasm();
  const datamodel = await readFile(SCHEMA_PATH, "utf8");
  const log = (message: string) => {
    if (portalEnv().PRISMA_SCHEMA_ENGINE_DEBUG) process.stderr.write(`${message}\n`);
  };
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  return (bindings.SchemaEngine as unknown as typeof SchemaEngine).new(
    { datamodels: [[SCHEMA_PATH, datamodel]] },
    log,
    factory,
  );
}
