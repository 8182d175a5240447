// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
// Prisma's native engine cannot be downloaded on our machines; this is the same engine
// that `prisma migrate` uses (see ../shared/notes/prisma-offline.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaEngine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;
type AdapterFactory = Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];

let loaded: Promise<void> | undefined;

function packageDir(): string {
  // The package's exports hide package.json; find its folder from the resolved module.
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
}

async function loadWasm(): Promise<void> {
  const bytes = await readFile(path.join(packageDir(), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
}

export async function openSchemaEngine(schemaText: string, adapterFactory: AdapterFactory): Promise<SchemaEngine> {
  loaded ??= loadWasm();
  await loaded;
  return bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
