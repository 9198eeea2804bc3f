import assert from "node:assert/strict";
import Ajv from "ajv/dist/2020.js";
import { analyse, loadStudy } from "../../pipeline/mod.ts";
import { dataFiles } from "../../pipeline/output/files.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const schema = JSON.parse(await Deno.readTextFile(`${ROOT}pipeline/results/results.schema.json`));
// deno-lint-ignore no-explicit-any
const validate = new (Ajv as any)({ allErrors: true, strict: false }).compile(schema);

Deno.test("results.json of a run on the shipped study validates against results.schema.json", async () => {
  const study = await loadStudy(`${ROOT}data/study.json`);
  const analysis = await analyse(study, await Deno.readFile(study.data), { resamples: 500 });
  const json = JSON.parse(dataFiles(analysis)["results.json"]);
  assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
  assert.ok(
    json.mediation.length > 0 && json.regressions.length > 0 && json.correlations.length > 0,
  );
});

Deno.test("every results.json committed under reports/ validates against the schema", async () => {
  let checked = 0;
  const ledger = JSON.parse(await Deno.readTextFile(`${ROOT}reports/versions.json`));
  for (const { version } of ledger.versions) {
    const json = JSON.parse(await Deno.readTextFile(`${ROOT}reports/${version}/results.json`));
    assert.ok(validate(json), `${version}: ${JSON.stringify(validate.errors)}`);
    checked++;
  }
  assert.ok(checked >= 1, "a canonical report is committed");
});

Deno.test("the schema rejects a results object without its sections", () => {
  const bad = { schemaVersion: 1, synthetic: true };
  assert.equal(validate(bad), false);
});
