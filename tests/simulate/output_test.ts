import assert from "node:assert/strict";
import { simulateCsv, simulateToFile } from "../../pipeline/simulate/mod.ts";
import { loadStudy } from "../../pipeline/study/mod.ts";
import { sha256, simulateText, splitCsv } from "./_helpers.ts";

const study = await loadStudy("data/study.json");
const COMMITTED = "data/raw/moran2014_synthetic.csv";

Deno.test("the defaults regenerate data/raw/moran2014_synthetic.csv byte for byte", async () => {
  const committed = await Deno.readFile(COMMITTED);
  const { text } = await simulateText(study, {});
  const generated = new TextEncoder().encode(text);
  assert.equal(await sha256(generated), await sha256(committed), "run `deno task simulate`?");
  assert.deepEqual(generated, committed);
});

Deno.test("the same seed gives identical output, another seed a different one", async () => {
  const first = await simulateText(study, { n: 200, seed: 7 });
  const again = await simulateText(study, { n: 200, seed: 7 });
  const other = await simulateText(study, { n: 200, seed: 8 });
  assert.equal(again.text, first.text);
  assert.deepEqual(again.summary, first.summary);
  assert.notEqual(other.text, first.text);
  // Not just the problems: the participants' values differ too.
  const values = (text: string) => splitCsv(text)[5].slice(1).join(",");
  const cleanA = await simulateText(study, { n: 10, seed: 7, problems: false });
  const cleanB = await simulateText(study, { n: 10, seed: 8, problems: false });
  assert.notEqual(values(cleanA.text), values(cleanB.text));
});

Deno.test("chunked streaming equals one-shot output, and chunks end at line ends", async () => {
  const options = { n: 1500, seed: 99 };
  const oneShot = await simulateText(study, options, Number.MAX_SAFE_INTEGER);
  const perLine = await simulateText(study, options, 1);
  const standard = await simulateText(study, options);
  assert.equal(oneShot.chunks.length, 1);
  assert.ok(standard.chunks.length > 1, "1500 rows exceed one 64 KiB chunk");
  assert.equal(perLine.text, oneShot.text);
  assert.equal(standard.text, oneShot.text);
  for (const chunk of [...perLine.chunks, ...standard.chunks]) assert.ok(chunk.endsWith("\n"));
  assert.deepEqual(perLine.summary, oneShot.summary);
});

Deno.test("simulateToFile() writes exactly what simulateCsv() streams, and leaves no temp file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/nested/sim.csv`;
    const summary = await simulateToFile(study, { n: 600, seed: 3 }, path);
    let streamed = "";
    const again = await simulateCsv(study, { n: 600, seed: 3 }, async (chunk) => {
      await Promise.resolve();
      streamed += chunk;
    });
    assert.equal(await Deno.readTextFile(path), streamed);
    assert.deepEqual(summary, again);
    const names = [...Deno.readDirSync(`${dir}/nested`)].map((e) => e.name);
    assert.deepEqual(names, ["sim.csv"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the CSV is UTF-8 without BOM, LF-only, with the header in study order", async () => {
  const bytes = await Deno.readFile(COMMITTED);
  assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(!bytes.includes(13), "no carriage returns");
  assert.equal(bytes[bytes.length - 1], 10, "ends with a line end");
  const lines = splitCsv(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  const expected = [
    study.idColumn,
    ...study.instruments.flatMap((i) => i.items),
    ...study.demographics.map((d) => d.column),
  ];
  assert.deepEqual(lines[0], expected);
  for (const cells of lines.slice(1)) {
    if (cells.length === 0) continue; // the blank line
    assert.equal(cells.length, expected.length);
    assert.match(cells[0], /^P\d{3}$/);
    const values = cells.slice(1, -study.demographics.length).filter((c) => /^-?\d+$/.test(c));
    for (const v of values) assert.equal(String(Number(v)), v, "integers, no padding");
  }
});

Deno.test("ids are zero-padded to the width n needs (at least 3 digits)", async () => {
  const small = splitCsv((await simulateText(study, { n: 5, problems: false })).text);
  assert.deepEqual(small.slice(1).map((c) => c[0]), ["P001", "P002", "P003", "P004", "P005"]);
  const wide = splitCsv((await simulateText(study, { n: 1000, problems: false })).text);
  assert.equal(wide[1][0], "P0001");
  assert.equal(wide[1000][0], "P1000");
});

Deno.test("fields that need it are quoted (RFC 4180): a level holding a comma and a quote", async () => {
  const odd = structuredClone(study);
  const gender = odd.demographics.find((d) => d.column === "gender")!;
  if (gender.type !== "categorical") throw new Error("gender is categorical");
  gender.levels = ['a "b", c'];
  const { text } = await simulateText(odd, { n: 3, problems: false });
  assert.ok(text.split("\n")[1].includes(',"a ""b"", c",'));
});
