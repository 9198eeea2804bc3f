/**
 * Writes the bad-input corpus under tests/corpus/cases/: one folder per case with its
 * input file(s) and `case.json` (what the command line must do with it). Deterministic;
 * re-run after changing a case: `deno run --allow-read=tests --allow-write=tests/corpus tests/corpus/make_corpus.ts`.
 * @module
 */
import { createRng } from "../../pipeline/random/mod.ts";
import { MINI_HEADER, miniStudyJson } from "../_helpers.ts";

interface Expect {
  exit: 0 | 2;
  /** Regexes the stderr must match (exit 2). */
  stderr?: string[];
  /** Audit rules that must appear in audit.csv (exit 0). */
  auditRules?: string[];
  /** Texts cleaned.csv must contain (exit 0). */
  cleanedContains?: string[];
}
interface Case {
  description: string;
  data?: Uint8Array | string;
  study?: unknown;
  /** Pass this as --data instead of the case's data file. */
  dataArg?: string;
  expect: Expect;
}

const rng = createRng(2014);
const answer = (latent: number) =>
  Math.min(5, Math.max(1, Math.round(3 + latent + rng.nextNormal() * 0.7)));
/** 30 good rows: x, m, y correlated, ages and sexes. */
const GOOD = Array.from({ length: 30 }, (_, i) => {
  const x = rng.nextNormal(),
    m = 0.6 * x + 0.8 * rng.nextNormal(),
    y = 0.5 * m + 0.8 * rng.nextNormal();
  const items = [x, x, -x, m, m, m, y, y, y].map(answer); // x3 is reverse keyed
  return `P${String(i + 1).padStart(2, "0")},${items.join(",")},${20 + (i * 7) % 40},${
    i % 2 ? "f" : "m"
  }`;
});
const csv = (rows: string[], header = MINI_HEADER, eol = "\n") => [header, ...rows].join(eol) + eol;
const withRow = (i: number, row: string) => GOOD.map((r, k) => (k === i ? row : r));
const enc = (s: string) => new TextEncoder().encode(s);
// deno-lint-ignore no-explicit-any
type Loose = Record<string, any>;
const study = (mutate: (s: Loose) => void) => {
  const s = miniStudyJson() as Loose;
  s.data = "data.csv";
  mutate(s);
  return s;
};
const fail = (...stderr: string[]): Expect => ({ exit: 2, stderr });
const ok = (...auditRules: string[]): Expect => ({ exit: 0, auditRules });

const cases: Record<string, Case> = {
  "empty-file": { description: "an empty file", data: "", expect: fail("the file is empty") },
  "header-only": {
    description: "a header and no rows",
    data: csv([]),
    expect: fail("no data rows"),
  },
  "binary-garbage": {
    description: "bytes that are not text",
    data: Uint8Array.from({ length: 512 }, () => rng.nextIndex(256)),
    expect: fail("NUL bytes|not valid UTF-8"),
  },
  "invalid-utf8": {
    description: "a Latin-1 byte in an id",
    data: new Uint8Array([
      ...enc(csv(GOOD.slice(0, 3))),
      ...enc("P\u0000".slice(0, 1)),
      0xe9,
      ...enc(",1,1,1,1,1,1,1,1,1,30,f\n"),
    ]),
    expect: fail("not valid UTF-8", "row 5"),
  },
  "utf16": {
    description: "UTF-16 text with a BOM",
    data: new Uint8Array([0xff, 0xfe, ...[...csv(GOOD)].flatMap((c) => [c.charCodeAt(0), 0])]),
    expect: fail("UTF-16", "CSV UTF-8"),
  },
  "bom": {
    description: "UTF-8 with a BOM",
    data: new Uint8Array([0xef, 0xbb, 0xbf, ...enc(csv(GOOD))]),
    expect: ok(),
  },
  "crlf": { description: "CRLF line ends", data: csv(GOOD, MINI_HEADER, "\r\n"), expect: ok() },
  "semicolon": {
    description: "semicolon-delimited",
    data: csv(GOOD.map((r) => r.replaceAll(",", ";")), MINI_HEADER.replaceAll(",", ";")),
    expect: ok(),
  },
  "unterminated-quote": {
    description: "a quoted cell that never ends",
    data: csv(withRow(4, 'P05,"1,2,3,4,5,1,2,3,4,30,f')),
    expect: fail("never closed"),
  },
  "ragged-rows": {
    description: "a row with too few cells",
    data: csv(withRow(2, "P03,1,2,3")),
    expect: fail("row 4", "wrong number of cells"),
  },
  "extra-cells": {
    description: "a row with too many cells",
    data: csv(withRow(2, GOOD[2] + ",9")),
    expect: fail("row 4", "wrong number of cells"),
  },
  "duplicate-header": {
    description: "a column twice",
    data: csv(GOOD, MINI_HEADER.replace("x2", "x1")),
    expect: fail("x1", "appears twice"),
  },
  "missing-item-column": {
    description: "an item column missing",
    data: csv(
      GOOD.map((r) => r.split(",").filter((_, i) => i !== 5).join(",")),
      MINI_HEADER.replace(",m2", ""),
    ),
    expect: fail("missing", "m2"),
  },
  "unknown-column": {
    description: "a column the study does not know",
    data: csv(GOOD.map((r) => r + ",x"), MINI_HEADER + ",timestamp"),
    expect: fail("timestamp", "not in the study definition"),
  },
  "non-numeric-value": {
    description: "text in an item",
    data: csv(withRow(3, GOOD[3].replace(/^(P04,)\d/, "$1often"))),
    expect: ok("non-numeric"),
  },
  "decimal-comma": {
    description: "a decimal comma in a semicolon file",
    data: csv(
      withRow(3, GOOD[3].replace(/^(P04,)\d/, '$1"3,5"')).map((r) =>
        r.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ";")
      ),
      MINI_HEADER.replaceAll(",", ";"),
    ),
    expect: ok("non-numeric"),
  },
  "out-of-range-high": {
    description: "an answer above the scale",
    data: csv(withRow(5, GOOD[5].replace(/^(P06,)\d/, "$19"))),
    expect: ok("out-of-range"),
  },
  "out-of-range-low": {
    description: "an answer below the scale",
    data: csv(withRow(5, GOOD[5].replace(/^(P06,)\d/, "$10"))),
    expect: ok("out-of-range"),
  },
  "participant-all-missing": {
    description: "a participant with every item empty",
    data: csv([...GOOD, "P99,,,,,,,,,,,"]),
    expect: ok("insufficient-items:x"),
  },
  "missing-codes": {
    description: "missing codes in items and demographics",
    data: csv(withRow(1, "P02,-99,2,3,4,5,1,2,3,4,-99,f")),
    expect: ok("missing-code"),
  },
  "duplicate-ids-identical": {
    description: "an identical duplicated row",
    data: csv([...GOOD, GOOD[7]]),
    expect: ok("duplicate-identical"),
  },
  "duplicate-ids-conflicting": {
    description: "one id, different answers",
    data: csv([...GOOD, GOOD[7].replace(/,\d,/, ",5,")]),
    expect: ok("duplicate-conflicting"),
  },
  "empty-id": {
    description: "a row without an id",
    data: csv([...GOOD, ",1,2,3,4,5,1,2,3,4,30,f"]),
    expect: ok("missing-id"),
  },
  "blank-lines": {
    description: "blank lines between rows",
    data: csv([...GOOD.slice(0, 10), "", "", ...GOOD.slice(10)]),
    expect: ok("blank-line"),
  },
  "padded-cells": {
    description: "cells with spaces around values",
    data: csv(GOOD.map((r) => r.replaceAll(",", " , "))),
    expect: ok(),
  },
  "all-rows-excluded": {
    description: "every participant excluded",
    data: csv(GOOD.map((r) => r.replace(/^P\d+,(\d,){3}/, (s) => s.split(",")[0] + ",,,,"))),
    expect: fail("no participant is left"),
  },
  "unknown-level": {
    description: "a category not declared",
    data: csv(withRow(0, GOOD[0].replace(/,[fm]$/, ",other"))),
    expect: ok("unknown-level"),
  },
  "megabyte-cell": {
    description: "a cell of several megabytes",
    data: csv(withRow(0, GOOD[0].replace(/,[fm]$/, `,${"f".repeat(3_000_000)}`))),
    expect: ok("unknown-level"),
  },
  "formula-injection": {
    description: "ids a spreadsheet would run as formulas",
    data: csv(GOOD.map((r, i) => i < 4 ? ["=1+1", "+SUM(A1)", "-2+3", "@cmd"][i] + r.slice(3) : r)),
    expect: { exit: 0, cleanedContains: ["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd"] },
  },
  "html-in-ids": {
    description: "HTML and script in ids",
    data: csv(withRow(0, '"<script>alert(1)</script>"' + GOOD[0].slice(3))),
    expect: { exit: 0, cleanedContains: ["<script>alert(1)</script>"] },
  },
  "too-few-rows": {
    description: "three participants: too few to estimate the models",
    data: csv(GOOD.slice(0, 3)),
    expect: fail("error \\((regress|mediate|correlate)\\)", "fix:"),
  },
  "constant-scale": {
    description: "every participant gives the same answers on X",
    data: csv(GOOD.map((r) => r.replace(/^(P\d+),\d,\d,\d,/, "$1,3,3,3,"))),
    expect: fail("same value", "x"),
  },
  "collinear-x-m": {
    description: "M answered exactly like X: perfectly collinear predictors",
    data: csv(GOOD.map((r) => {
      const cells = r.split(",");
      // m1..m3 copy x1, x2 and the reversed x3 (6 − x3), so the scale scores are equal.
      cells[4] = cells[1];
      cells[5] = cells[2];
      cells[6] = String(6 - Number(cells[3]));
      return cells.join(",");
    })),
    expect: fail("collinear", "fix:"),
  },
  "nonexistent-path": {
    description: "a data path that does not exist",
    dataArg: "tests/corpus/cases/does-not-exist.csv",
    expect: fail("file not found"),
  },
  "directory-as-file": {
    description: "a folder given as the data file",
    dataArg: "tests/corpus",
    expect: fail("is a folder"),
  },
  "study-invalid-json": {
    description: "a study file that is not JSON",
    study: "{ not json",
    data: csv(GOOD),
    expect: fail("not valid JSON"),
  },
  "study-unknown-key": {
    description: "an unknown key",
    study: study((s) => s.colour = "blue"),
    data: csv(GOOD),
    expect: fail("study.colour: unknown key"),
  },
  "study-wrong-type": {
    description: "a number given as text",
    study: study((s) => s.instruments[0].responseRange.max = "5"),
    data: csv(GOOD),
    expect: fail("responseRange.max: must be an integer"),
  },
  "study-item-twice": {
    description: "an item listed twice",
    study: study((s) => s.instruments[1].items.push("m1")),
    data: csv(GOOD),
    expect: fail("is listed twice"),
  },
  "study-reverse-not-item": {
    description: "a reverse key that is no item",
    study: study((s) => s.instruments[0].reverse = ["q7"]),
    data: csv(GOOD),
    expect: fail("reverse\\[0\\]: is not one of the instrument's items"),
  },
  "study-subscale-unknown-item": {
    description: "a subscale naming an unknown item",
    study: study((s) =>
      s.instruments[2].subscales = [{ id: "y_a", label: "A", items: ["y1", "y9"] }]
    ),
    data: csv(GOOD),
    expect: fail("subscales\\[0\\].items\\[1\\]: is not an item"),
  },
  "study-x-equals-y": {
    description: "X equal to Y",
    study: study((s) => s.model.y = "x"),
    data: csv(GOOD),
    expect: fail("X and Y are the same scale"),
  },
  "study-empty-model": {
    description: "an empty model",
    study: study((s) => s.model = {}),
    data: csv(GOOD),
    expect: fail("study.model.x: is required"),
  },
  "study-range-inverted": {
    description: "min above max",
    study: study((s) => s.instruments[0].responseRange = { min: 5, max: 1 }),
    data: csv(GOOD),
    expect: fail("min must be below max"),
  },
};

await Deno.remove(new URL("./cases", import.meta.url), { recursive: true }).catch(() => {});
for (const [name, c] of Object.entries(cases)) {
  const dir = new URL(`./cases/${name}/`, import.meta.url);
  await Deno.mkdir(dir, { recursive: true });
  if (c.data !== undefined) {
    await Deno.writeFile(
      new URL("data.csv", dir),
      typeof c.data === "string" ? enc(c.data) : c.data,
    );
  }
  if (c.study !== undefined) {
    await Deno.writeTextFile(
      new URL("study.json", dir),
      typeof c.study === "string" ? c.study : JSON.stringify(c.study, null, 2) + "\n",
    );
  }
  const meta = { description: c.description, dataArg: c.dataArg ?? null, expect: c.expect };
  await Deno.writeTextFile(new URL("case.json", dir), JSON.stringify(meta, null, 2) + "\n");
}
await Deno.writeTextFile(
  new URL("./mini-study.json", import.meta.url),
  JSON.stringify({ ...miniStudyJson(), data: "cases/crlf/data.csv" }, null, 2) + "\n",
);
console.log(`${Object.keys(cases).length} cases written`);
