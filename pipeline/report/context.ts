/**
 * State shared by the sections while one report is assembled: the input, display names
 * of variables, and the table and figure counters (ids follow document order, so they
 * are deterministic).
 * @module
 */
import type { ReportInput } from "./types.ts";
import type { Study } from "../study/types.ts";

/** Display names of the study's variables (scales, subscales, covariate terms). */
export interface Labels {
  /** Short name for tables and charts, e.g. "RPRS" or "WAI: Goal". */
  name(id: string): string;
  /** Long name, e.g. the instrument's full label. */
  full(id: string): string;
}

/** Builds {@link Labels} from the study definition; unknown ids show as themselves. */
export function buildLabels(study: Study): Labels {
  const short = new Map<string, string>([["(Intercept)", "Intercept"]]);
  const long = new Map<string, string>([["(Intercept)", "Intercept"]]);
  for (const instrument of study.instruments) {
    const code = instrument.id.toUpperCase();
    short.set(instrument.id, code);
    long.set(instrument.id, instrument.label);
    for (const sub of instrument.subscales) {
      short.set(sub.id, `${code}: ${sub.label}`);
      long.set(sub.id, `${instrument.label}: ${sub.label}`);
    }
  }
  for (const d of study.demographics) {
    short.set(d.column, d.label);
    long.set(d.column, d.label);
    if (d.type === "categorical") {
      // Levels are identifiers ("not_reduced"); shown as words.
      const words = (level: string) => level.replace(/_/g, " ");
      for (const level of d.levels.slice(1)) {
        const name = `${d.label}: ${words(level)} (vs ${words(d.levels[0])})`;
        short.set(`${d.column}_${level}`, name);
        long.set(`${d.column}_${level}`, name);
      }
    }
  }
  return {
    name: (id) => short.get(id) ?? id,
    full: (id) => long.get(id) ?? short.get(id) ?? id,
  };
}

/** A numbered element: its document id and its label ("Table 2", "Figure 5"). */
export interface Numbered {
  id: string;
  label: string;
}

/** Assembly state of one report. */
export class ReportContext {
  readonly labels: Labels;
  /** Ids of the study's scales (instruments and subscales). */
  readonly scales: ReadonlySet<string>;
  #tables = 0;
  #figures = 0;

  constructor(readonly input: ReportInput) {
    this.labels = buildLabels(input.study);
    this.scales = new Set(
      input.study.instruments.flatMap((i) => [i.id, ...i.subscales.map((s) => s.id)]),
    );
  }

  /** The covariate terms among `predictors`: those that are not scales of the study. */
  covariatesOf(predictors: string[]): string[] {
    return predictors.filter((p) => !this.scales.has(p));
  }

  /** The next table's id and label. */
  nextTable(): Numbered {
    this.#tables += 1;
    return { id: `table-${this.#tables}`, label: `Table ${this.#tables}` };
  }

  /** The next figure's id and label. */
  nextFigure(): Numbered {
    this.#figures += 1;
    return { id: `figure-${this.#figures}`, label: `Figure ${this.#figures}` };
  }
}
