import assert from "node:assert/strict";
import Ajv from "ajv/dist/2020.js";
import { DataError, DataErrors } from "../../pipeline/errors.ts";
import { loadStudy, validateStudy } from "../../pipeline/study/mod.ts";
import { miniStudyJson } from "../_helpers.ts";

// deno-lint-ignore no-explicit-any
type Loose = Record<string, any>;

function problems(mutate: (s: Loose) => void): string[] {
  const raw = miniStudyJson() as Loose;
  mutate(raw);
  try {
    validateStudy(raw, "s.json");
  } catch (error) {
    assert.ok(error instanceof DataErrors);
    return error.errors.map((e) => e.message);
  }
  return [];
}

Deno.test("loadStudy() reads the shipped study and resolves its data path beside it", async () => {
  const study = await loadStudy("data/study.json");
  assert.equal(study.data, "data/raw/moran2014_synthetic.csv");
  assert.deepEqual([study.model.x, study.model.m, study.model.y], ["rprs", ["wai"], "ras"]);
  const wai = study.instruments.find((i) => i.id === "wai")!;
  assert.deepEqual(wai.reverse, ["wai_04", "wai_10"]);
  assert.equal(wai.items.length, 12);
  assert.deepEqual(wai.subscales.map((s) => s.items.length), [4, 4, 4]);
});

Deno.test("the shipped study and the mini study validate against data/study.schema.json", async () => {
  const schema = JSON.parse(await Deno.readTextFile("data/study.schema.json"));
  // deno-lint-ignore no-explicit-any
  const validate = new (Ajv as any)({ allErrors: true }).compile(schema);
  const shipped = JSON.parse(await Deno.readTextFile("data/study.json"));
  assert.ok(validate(shipped), JSON.stringify(validate.errors));
  assert.ok(validate(miniStudyJson()), JSON.stringify(validate.errors));
  assert.equal(validate({ ...miniStudyJson(), extra: 1 }), false);
});

Deno.test("validateStudy() fills documented defaults", () => {
  const study = validateStudy(miniStudyJson(), "s.json");
  assert.equal(study.instruments[0].minAnsweredShare, 0.8);
  assert.deepEqual(study.analysis, {
    confLevel: 0.95,
    resamples: 10000,
    seed: 20140801,
    duplicates: "keep-first-identical",
    hc: "HC3",
    mediationHc: null,
  });
});

Deno.test("validateStudy() reports an unknown key and a wrong type with their paths", () => {
  const found = problems((s) => {
    s.colour = "blue";
    s.instruments[0].responseRange = { min: "1", max: 5 };
  });
  assert.ok(found.some((m) => m.startsWith("study.colour: unknown key")));
  assert.ok(found.some((m) => m.startsWith("study.instruments[0].responseRange.min: must be")));
});

Deno.test("validateStudy() rejects an item listed twice, within and across instruments", () => {
  const within = problems((s) => s.instruments[0].items.push("x1"));
  assert.ok(within.some((m) => /items\[3\]: is listed twice/.test(m)));
  const across = problems((s) => s.instruments[1].items[0] = "x1");
  assert.ok(across.some((m) => /column "x1" is already used/.test(m)));
});

Deno.test("validateStudy() rejects a reverse key or subscale item that is not an item", () => {
  const found = problems((s) => {
    s.instruments[0].reverse = ["x9"];
    s.instruments[1].subscales = [{ id: "m_a", label: "A", items: ["m1", "q"] }];
  });
  assert.ok(found.some((m) => m.startsWith("study.instruments[0].reverse[0]: is not one")));
  assert.ok(found.some((m) => m.startsWith("study.instruments[1].subscales[0].items[1]")));
});

Deno.test("validateStudy() rejects X equal to Y, an empty mediator list and unknown covariates", () => {
  const found = problems((s) => {
    s.model = { x: "x", m: [], y: "x", covariates: ["income"] };
  });
  assert.ok(found.some((m) => /X and Y are the same scale/.test(m)));
  assert.ok(found.some((m) => /study.model.m: must be a non-empty list/.test(m)));
  assert.ok(found.some((m) => /covariates\[0\]: is not a demographic/.test(m)));
  assert.ok(problems((s) => delete s.model).some((m) => /study.model: is required/.test(m)));
});

Deno.test("loadStudy() turns unreadable, missing and malformed files into DataErrors", async () => {
  await assert.rejects(
    () => loadStudy("data/no-such-study.json"),
    (e: DataError) => e instanceof DataError && /not found/.test(e.message),
  );
  await assert.rejects(() => loadStudy("data"), (e: DataError) => /is a folder/.test(e.message));
  const tmp = await Deno.makeTempFile({ suffix: ".json" });
  await Deno.writeTextFile(tmp, "{ not json");
  await assert.rejects(() => loadStudy(tmp), (e: DataError) => /not valid JSON/.test(e.message));
  await Deno.remove(tmp);
});
