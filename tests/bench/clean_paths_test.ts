/**
 * The clean stage gives the same data, audit and flow whether the records come from the text
 * split directly (read in place) or from csv-parse (arrays of cells).
 */
import assert from "node:assert/strict";
import { clean } from "../../pipeline/clean/mod.ts";
import { ingest } from "../../pipeline/ingest/mod.ts";
import { simulateCsv } from "../../pipeline/simulate/mod.ts";
import { loadStudy } from "../../pipeline/study/load.ts";

const study = await loadStudy("data/study.json");

async function bothWays(text: string) {
  const bytes = new TextEncoder().encode(text);
  const direct = clean(await ingest(bytes, study, "t.csv"), study);
  const viaCsvParse = clean(await ingest(bytes, study, "t.csv", { simplePath: false }), study);
  return { direct, viaCsvParse };
}

Deno.test("clean: same result from directly split text and from csv-parse's records (simulated data with every problem)", async () => {
  for (const seed of [1, 2, 3]) {
    let text = "";
    await simulateCsv(study, { n: 3000, seed }, (chunk) => void (text += chunk));
    const { direct, viaCsvParse } = await bothWays(text);
    assert.ok(direct.audit.length > 100, "the problems were found");
    assert.deepEqual(direct, viaCsvParse, `seed ${seed}`);
  }
});

Deno.test("clean: same result both ways for the shipped data, with CRLF line ends", async () => {
  const text = await Deno.readTextFile(study.data);
  const { direct, viaCsvParse } = await bothWays(text.replaceAll("\n", "\r\n"));
  assert.deepEqual(direct, viaCsvParse);
});
