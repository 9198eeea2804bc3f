import assert from "node:assert/strict";
import { PROBLEM_RATES } from "../../pipeline/simulate/mod.ts";
import { loadStudy } from "../../pipeline/study/mod.ts";
import { ingest } from "../../pipeline/ingest/mod.ts";
import { clean as cleanData } from "../../pipeline/clean/mod.ts";
import { miniStudy } from "../_helpers.ts";
import { pearson, simulateText, splitCsv } from "./_helpers.ts";

const study = await loadStudy("data/study.json");
const items = study.instruments.flatMap((i) => i.items);
const rangeOf = new Map(
  study.instruments.flatMap((i) => i.items.map((c) => [c, i.responseRange] as const)),
);

const withProblems = await simulateText(study, {});
const clean = await simulateText(study, { problems: false });
const lines = splitCsv(withProblems.text);
const cleanLines = splitCsv(clean.text);
const s = withProblems.summary;
const header = lines[0];
const at = (row: number, column: string) => lines[row - 1][header.indexOf(column)];

Deno.test("default file: every kind of problem is present, with the counts summarised", () => {
  assert.equal(s.n, 73);
  assert.equal(s.nAnalysable, 72);
  assert.equal(s.lines, lines.length);
  const eligible = (s.n - 1) * items.length;
  assert.equal(s.counts.empty, Math.round(PROBLEM_RATES.empty * eligible));
  assert.ok(s.counts.missingCode > 0 && s.counts.outOfRange >= 2);
  assert.equal(s.cells.length, s.counts.empty + s.counts.missingCode + s.counts.outOfRange);
  assert.ok(s.duplicate && s.blankLine && s.nearEmpty);
});

Deno.test("each summarised cell holds its value in the file, and the clean file held `original`", () => {
  for (const cell of s.cells) {
    assert.equal(at(cell.row, cell.column), cell.value, `${cell.id} ${cell.column}`);
    assert.equal(lines[cell.row - 1][0], cell.id);
    const cleanRow = cleanLines.find((cells) => cells[0] === cell.id)!;
    assert.equal(cleanRow[header.indexOf(cell.column)], String(cell.original));
  }
});

Deno.test("missing codes come from the study; out-of-range values lie on both sides", () => {
  const codes = s.cells.filter((c) => c.kind === "missing-code").map((c) => c.value);
  for (const code of codes) assert.ok(study.missingCodes.includes(code), code);
  const out = s.cells.filter((c) => c.kind === "out-of-range");
  let below = 0, above = 0;
  for (const cell of out) {
    const v = Number(cell.value), r = rangeOf.get(cell.column)!;
    assert.ok(Number.isInteger(v) && (v < r.min || v > r.max), `${cell.column}=${cell.value}`);
    if (v < r.min) below++;
    else above++;
  }
  assert.ok(below > 0 && above > 0);
  assert.ok(s.cells.filter((c) => c.kind === "empty").every((c) => c.value === ""));
});

Deno.test("the blank line, the identical duplicate placed later, the near-empty participant", () => {
  assert.deepEqual(lines[s.blankLine!.row - 1], []);
  const d = s.duplicate!;
  assert.ok(d.copyRow > d.row);
  assert.deepEqual(lines[d.copyRow - 1], lines[d.row - 1]);
  assert.equal(lines[d.row - 1][0], d.id);
  assert.equal(lines.filter((cells) => cells[0] === d.id).length, 2);
  const near = lines[s.nearEmpty!.row - 1];
  assert.equal(near[0], s.nearEmpty!.id);
  const answered = items.filter((c) => near[header.indexOf(c)] !== "");
  assert.deepEqual(answered, s.nearEmpty!.answered);
  assert.equal(answered.length, 2);
  // Demographics stay filled in.
  for (const dem of study.demographics) assert.notEqual(near[header.indexOf(dem.column)], "");
});

Deno.test("the problem file is the clean file plus exactly the summarised changes", () => {
  const changed = new Set(s.cells.map((c) => `${c.id}|${c.column}`));
  const seen = new Set<string>();
  for (const cells of lines.slice(1)) {
    if (cells.length === 0) continue;
    const id = cells[0];
    if (seen.has(id)) continue; // the duplicate copy, checked above
    seen.add(id);
    const original = cleanLines.find((c) => c[0] === id)!;
    for (let k = 0; k < header.length; k++) {
      const key = `${id}|${header[k]}`;
      if (changed.has(key)) continue;
      if (id === s.nearEmpty!.id && items.includes(header[k])) continue;
      assert.equal(cells[k], original[k], key);
    }
  }
  assert.equal(seen.size, s.n);
  assert.equal(clean.summary.lines, s.n + 1);
});

Deno.test("no participant gets more problem cells on an instrument than minAnsweredShare allows", () => {
  for (const instrument of study.instruments) {
    const allowed = instrument.items.length -
      Math.ceil(instrument.minAnsweredShare * instrument.items.length);
    const perId = new Map<string, number>();
    for (const c of s.cells) {
      if (instrument.items.includes(c.column)) perId.set(c.id, (perId.get(c.id) ?? 0) + 1);
    }
    for (const [id, count] of perId) assert.ok(count <= allowed, `${id} ${instrument.id}`);
  }
});

Deno.test("at n = 5,000 the problem rates hold and every row keeps the header's width", async () => {
  const big = await simulateText(study, { n: 5000, seed: 11 });
  const eligible = 4999 * items.length;
  const { counts } = big.summary;
  // Exact counts by sequential sampling, minus at most a few skipped by the caps.
  assert.ok(Math.abs(counts.empty - PROBLEM_RATES.empty * eligible) <= 10, `${counts.empty}`);
  assert.ok(Math.abs(counts.missingCode - PROBLEM_RATES.missingCode * eligible) <= 10);
  assert.ok(Math.abs(counts.outOfRange - PROBLEM_RATES.outOfRange * eligible) <= 10);
  const rows = splitCsv(big.text);
  assert.equal(rows.filter((cells) => cells.length === 0).length, 1);
  assert.ok(rows.every((cells) => cells.length === 0 || cells.length === rows[0].length));
});

Deno.test("reverse-keyed items are written reversed: they correlate negatively with the rest", async () => {
  const mini = miniStudy(); // x3 is reverse-keyed on 1–5
  const rows = splitCsv((await simulateText(mini, { n: 4000, problems: false })).text);
  const col = (name: string) => rows.slice(1).map((cells) => Number(cells[rows[0].indexOf(name)]));
  assert.ok(pearson(col("x1"), col("x3")) < -0.3);
  assert.ok(pearson(col("x1"), col("x2")) > 0.3);
  assert.ok(pearson(col("x1"), col("x3").map((v) => 6 - v)) > 0.3);
});

Deno.test("the project's cleaner finds exactly the summarised problems and keeps 72", async () => {
  const raw = await ingest(new TextEncoder().encode(withProblems.text), study, "sim.csv");
  const result = cleanData(raw, study);
  assert.equal(result.flow.nAnalysed, s.nAnalysable);
  const audited = (rule: string) =>
    result.audit.filter((a) => a.rule === rule).map((a) => `${a.row}|${a.column}`).sort();
  const summarised = (kind: string) =>
    s.cells.filter((c) => c.kind === kind).map((c) => `${c.row}|${c.column}`).sort();
  assert.deepEqual(audited("missing-code"), summarised("missing-code"));
  assert.deepEqual(audited("out-of-range"), summarised("out-of-range"));
  assert.deepEqual(audited("blank-line"), [`${s.blankLine!.row}|null`]);
  assert.deepEqual(audited("duplicate-identical"), [`${s.duplicate!.copyRow}|null`]);
  const excluded = result.audit.filter((a) => a.rule.startsWith("insufficient-items"));
  assert.deepEqual(excluded.map((a) => a.row), [s.nearEmpty!.row]);
});
