import assert from "node:assert/strict";
import { reverseKey, scoreScales } from "../../pipeline/score/mod.ts";
import { DataError } from "../../pipeline/errors.ts";
import { loadStudy } from "../../pipeline/study/load.ts";
import type { Study } from "../../pipeline/study/types.ts";
import { assertCloseOrNull, cleanData, loadFixture } from "./_fixture.ts";

const toNull = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? null : v));

Deno.test("scoreScales() matches R's prorated means for every scale of the fixture", async () => {
  const { study, data, reference } = await loadFixture();
  const scores = scoreScales(data, study);
  assert.deepEqual(scores.ids, reference.ids);
  assert.equal(scores.scales.length, reference.scales.length);
  scores.scales.forEach((scale, s) => {
    const expected = reference.scales[s];
    assert.equal(scale.scale, expected.scale);
    toNull(scale.values).forEach((v, i) =>
      assertCloseOrNull(v, expected.values[i], `${scale.scale}[${scores.ids[i]}]`)
    );
  });
});

Deno.test("scoreScales() lists each instrument then its subscales, with items and reversed items", async () => {
  const { study, data, reference } = await loadFixture();
  const scales = scoreScales(data, study).scales;
  assert.deepEqual(
    scales.map(({ scale, label, instrument, kind, items, reversed }) => ({
      scale,
      label,
      instrument,
      kind,
      items,
      reversed,
    })),
    reference.scales.map(({ scale, label, instrument, kind, items, reversed }) => ({
      scale,
      label,
      instrument,
      kind,
      items,
      reversed,
    })),
  );
});

Deno.test("reverseKey() maps reversed items to min + max − x, keeps NaN and leaves the input alone", async () => {
  const { study, data } = await loadFixture();
  const before = Float64Array.from(data.items.wai_04);
  const keyed = reverseKey(data, study);
  assert.deepEqual(data.items.wai_04, before);
  keyed.wai_04.forEach((v, i) => {
    if (Number.isNaN(before[i])) assert.ok(Number.isNaN(v));
    else assert.equal(v, 8 - before[i]);
  });
  assert.deepEqual(keyed.wai_01, data.items.wai_01);
  assert.deepEqual(Object.keys(keyed).sort(), Object.keys(data.items).sort());
});

Deno.test("scoreScales() applies the answered-share rule to the fixture's named missing patterns", async () => {
  const { study, data } = await loadFixture();
  const scores = scoreScales(data, study);
  const score = (scale: string, id: string) =>
    scores.scales.find((s) => s.scale === scale)!.values[scores.ids.indexOf(id)];
  // P005 answered nothing: no scale is scored.
  for (const s of scores.scales) assert.ok(Number.isNaN(score(s.scale, "P005")), s.scale);
  // P012 answered 9 of 12 WAI items (0.75 < 0.8).
  assert.ok(Number.isNaN(score("wai", "P012")));
  // P020 answered 10 of 12 WAI items (scored) but 2 of 4 Goal items (not scored).
  assert.ok(Number.isFinite(score("wai", "P020")));
  assert.ok(Number.isNaN(score("wai_goal", "P020")));
  // P033 answered 4 of 5 Goal and Success items: exactly at 0.8, scored as mean(3, 4, 4, 5).
  assert.equal(score("ras_goal", "P033"), 4);
  // P041 answered 2 of 3 Domination items (0.67 < 0.8).
  assert.ok(Number.isNaN(score("ras_domination", "P041")));
  // P050 answered no RAS item: no RAS scale, but WAI and RPRS are scored.
  for (const s of scores.scales.filter((s) => s.instrument === "ras")) {
    assert.ok(Number.isNaN(score(s.scale, "P050")), s.scale);
  }
  assert.ok(Number.isFinite(score("wai", "P050")) && Number.isFinite(score("rprs", "P050")));
});

function fiveItemStudy(minAnsweredShare: number): Study {
  return {
    instruments: [{
      id: "s",
      label: "S",
      citation: null,
      description: null,
      items: ["i1", "i2", "i3", "i4", "i5"],
      responseRange: { min: 1, max: 5 },
      reverse: ["i5"],
      scoring: "mean",
      minAnsweredShare,
      subscales: [{ id: "s_a", label: "A", items: ["i1", "i2"], description: null }],
    }],
  } as unknown as Study;
}

Deno.test("scoreScales() scores a share exactly at the threshold and not one just below it", () => {
  // Person 1 answers 4 of 5 (share 0.8), person 2 answers 3 of 5, person 3 all 5.
  const data = cleanData({
    i1: [1, 1, 2],
    i2: [2, NaN, 2],
    i3: [3, NaN, 4],
    i4: [4, 4, 4],
    i5: [NaN, 5, 1],
  });
  const at = scoreScales(data, fiveItemStudy(0.8)).scales[0].values;
  assert.equal(at[0], 2.5); // mean(1, 2, 3, 4)
  assert.ok(Number.isNaN(at[1])); // 3/5 = 0.6
  assert.equal(at[2], 3.4); // mean(2, 2, 4, 4, 6 − 1 = 5)
  // The same 4/5 is just below a threshold one float64 step above 0.8.
  const justAbove08 = 0.8 + Number.EPSILON / 2; // = 0.8000000000000002, the next double
  assert.ok(justAbove08 > 0.8);
  const below = scoreScales(data, fiveItemStudy(justAbove08)).scales[0].values;
  assert.ok(Number.isNaN(below[0]));
  assert.equal(below[2], 3.4);
});

Deno.test("scoreScales() scores subscales with their instrument's share and reversed items", () => {
  const data = cleanData({ i1: [1, NaN], i2: [2, 3], i3: [3, 3], i4: [4, 4], i5: [5, 1] });
  const [instrument, sub] = scoreScales(data, fiveItemStudy(0.5)).scales;
  assert.equal(sub.scale, "s_a");
  assert.equal(sub.kind, "subscale");
  assert.equal(sub.instrument, "s");
  assert.deepEqual(sub.reversed, []);
  assert.deepEqual(instrument.reversed, ["i5"]);
  assert.equal(sub.values[0], 1.5);
  assert.equal(sub.values[1], 3); // 1 of 2 answered = 0.5, at the threshold
  assert.equal(instrument.values[0], 2.2); // mean(1, 2, 3, 4, 1)
});

Deno.test("scoreScales() never scores a person with every item missing, nor a subscale none of whose items was answered", () => {
  const data = cleanData({
    i1: [NaN, 1, NaN],
    i2: [NaN, 2, NaN],
    i3: [NaN, 3, 3],
    i4: [NaN, 4, 3],
    i5: [NaN, 5, 3],
  });
  const [instrument, sub] = scoreScales(data, fiveItemStudy(0)).scales;
  assert.ok(Number.isNaN(instrument.values[0])); // no item answered: never scored, even at 0
  assert.equal(instrument.values[1], 2.2);
  assert.equal(instrument.values[2], 3); // mean(3, 3, 6 − 3): 3 of 5 answered, share 0 allows it
  // Subscale A (i1, i2) has no answer from persons 1 and 3.
  assert.ok(Number.isNaN(sub.values[0]) && Number.isNaN(sub.values[2]));
});

Deno.test("scoreScales() throws a DataError naming an item that has no data column", () => {
  const data = cleanData({ i1: [1], i2: [1], i3: [1], i4: [1] });
  assert.throws(
    () => scoreScales(data, fiveItemStudy(0.8)),
    (error: unknown) =>
      error instanceof DataError && error.column === "i5" && error.stage === "score",
  );
});

Deno.test("scoreScales() with the shipped data/study.json: every scale, in order, matches R where the fixture snapshot defines it identically", async () => {
  const shipped = await loadStudy("data/study.json");
  const { study: snapshot, data, reference } = await loadFixture();
  const scales = scoreScales(data, shipped).scales;
  const expectedOrder = shipped.instruments.flatMap((i) => [i.id, ...i.subscales.map((s) => s.id)]);
  assert.deepEqual(scales.map((s) => s.scale), expectedOrder);
  let compared = 0;
  for (const scale of scales) {
    const instrument = shipped.instruments.find((i) => i.id === scale.instrument)!;
    const definition = scale.kind === "instrument"
      ? instrument.items
      : instrument.subscales.find((s) => s.id === scale.scale)!.items;
    assert.deepEqual(scale.items, definition);
    assert.deepEqual(
      scale.reversed,
      definition.filter((item) => instrument.reverse.includes(item)),
    );
    const expected = reference.scales.find((r) => r.scale === scale.scale);
    if (expected === undefined || expected.items.join() !== scale.items.join()) continue;
    if (expected.reversed.join() !== scale.reversed.join()) continue;
    const snapshotInstrument = snapshot.instruments.find((i) => i.id === scale.instrument);
    if (snapshotInstrument?.minAnsweredShare !== instrument.minAnsweredShare) continue;
    toNull(scale.values).forEach((v, i) => assertCloseOrNull(v, expected.values[i], scale.scale));
    compared++;
  }
  assert.ok(compared > 0, "no scale of the shipped study matches the fixture snapshot");
});
