/**
 * Dependency hygiene: danfojs (which pulls xlsx 0.17.2, with published advisories
 * CVE-2023-30533 and CVE-2024-22363 for reading crafted spreadsheets) is imported only to
 * show cleaned data to people, and no code of ours reads spreadsheets through it.
 */
import assert from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(`${ROOT}${dir}`)) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory) out.push(...await sources(path));
    else if (/\.(ts|mjs|js)$/.test(e.name)) out.push(path);
  }
  return out;
}

const files = [...await sources("pipeline"), ...await sources("tests")];
const text = async (path: string) => await Deno.readTextFile(`${ROOT}${path}`);

Deno.test("no code of ours imports xlsx or calls danfojs's spreadsheet readers or writers", async () => {
  for (const file of files) {
    if (file === "tests/robustness/dependencies_test.ts") continue;
    const source = await text(file);
    assert.doesNotMatch(
      source,
      /from\s+["'](npm:)?xlsx|readExcel|read_excel|toExcel|to_excel/,
      file,
    );
  }
});

Deno.test("danfojs is imported lazily, in the pipeline only by clean/dataframe.ts and notebook helpers", async () => {
  const importers: string[] = [];
  for (const file of files.filter((f) => f.startsWith("pipeline/"))) {
    if (/["']danfojs["']/.test(await text(file))) importers.push(file);
  }
  for (const file of importers) {
    assert.ok(
      file === "pipeline/clean/dataframe.ts" || file.startsWith("pipeline/notebook/"),
      file,
    );
    assert.doesNotMatch(
      await text(file),
      /^import .* from ["']danfojs["']/m,
      `${file}: static import`,
    );
  }
});
