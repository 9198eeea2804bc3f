/**
 * Loads the scoring fixture (tests/fixtures/score): the study snapshot, the item CSV as
 * `CleanData`, and R's reference values.
 * @module
 */
import { parse } from "csv-parse/sync";
import type { CleanData } from "../../pipeline/clean/types.ts";
import { loadStudy } from "../../pipeline/study/load.ts";
import type { Study } from "../../pipeline/study/types.ts";
import { assertClose } from "../_helpers.ts";

export const FIXTURE = "tests/fixtures/score";

/** Item data as the clean stage would hand it over (empty cell = NaN). */
export function cleanDataFromCsv(text: string): CleanData {
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const columns = Object.keys(rows[0]).filter((c) => c !== "id");
  const items: Record<string, Float64Array> = {};
  for (const c of columns) {
    items[c] = Float64Array.from(rows, (r) => (r[c] === "" ? NaN : Number(r[c])));
  }
  return {
    ids: rows.map((r) => r.id),
    rows: rows.map((_, i) => i + 2),
    items,
    numeric: {},
    categorical: {},
    audit: [],
    flow: {
      nRead: rows.length,
      nAnalysed: rows.length,
      nExcluded: 0,
      excludedByReason: [],
      blankLines: 0,
    },
  };
}

/** Small hand-made `CleanData` from item columns. */
export function cleanData(items: Record<string, number[]>): CleanData {
  const n = Object.values(items)[0].length;
  return cleanDataFromColumns(
    Object.fromEntries(Object.entries(items).map(([k, v]) => [k, Float64Array.from(v)])),
    n,
  );
}

function cleanDataFromColumns(items: Record<string, Float64Array>, n: number): CleanData {
  const ids = Array.from({ length: n }, (_, i) => `p${i + 1}`);
  return {
    ids,
    rows: ids.map((_, i) => i + 2),
    items,
    numeric: {},
    categorical: {},
    audit: [],
    flow: { nRead: n, nAnalysed: n, nExcluded: 0, excludedByReason: [], blankLines: 0 },
  };
}

export interface ReferenceScale {
  scale: string;
  label: string;
  instrument: string;
  kind: "instrument" | "subscale";
  items: string[];
  reversed: string[];
  minAnsweredShare: number;
  values: (number | null)[];
  describe: {
    n: number;
    mean: number;
    sd: number;
    min: number;
    max: number;
    skew: number;
    kurtosis: number;
  };
  alpha: {
    n: number;
    raw_alpha: number;
    std_alpha: number;
    feldt95_low: number;
    feldt95_high: number;
    feldt90_low: number;
    feldt90_high: number;
    item: string[];
    item_n: number[];
    item_mean: number[];
    item_sd: number[];
    r_drop: number[];
    alpha_drop: number[];
  };
}

export interface Reference {
  psych: string;
  ids: string[];
  scales: ReferenceScale[];
}

export async function loadFixture(): Promise<
  { study: Study; data: CleanData; reference: Reference }
> {
  const study = await loadStudy(`${FIXTURE}/study.json`);
  const data = cleanDataFromCsv(await Deno.readTextFile(`${FIXTURE}/items.csv`));
  const reference = JSON.parse(await Deno.readTextFile(`${FIXTURE}/reference.json`));
  return { study, data, reference };
}

/** `assertClose` (1e-9 relative, 1e-12 absolute) that also accepts two nulls. */
export function assertCloseOrNull(
  actual: number | null,
  expected: number | null,
  what: string,
): void {
  if (expected === null || actual === null) {
    if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
    return;
  }
  try {
    assertClose(actual, expected);
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}
