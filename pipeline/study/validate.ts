/**
 * Validation of a parsed study definition: every problem is collected (not just the
 * first) and reported with its JSON path, what was found and what was expected.
 * Defaults are filled in here, in one place.
 * @module
 */
import { DataError, DataErrors } from "../errors.ts";
import type {
  AdditionalModel,
  AnalysisOptions,
  Demographic,
  Instrument,
  Model,
  Study,
  Subscale,
  ValueRange,
} from "./types.ts";

/** Defaults of every optional field of a study definition. */
export const STUDY_DEFAULTS = {
  minAnsweredShare: 0.8,
  confLevel: 0.95,
  resamples: 10000,
  seed: 20140801,
  duplicates: "keep-first-identical",
  hc: "HC3",
  mediationHc: null,
  missingCodes: [] as string[],
} as const;

type Json = unknown;
type Obj = Record<string, Json>;

/**
 * Validates `raw` (parsed JSON of a study file) and returns a `Study` with defaults
 * filled in. Throws `DataErrors` listing every problem found.
 */
export function validateStudy(raw: Json, file: string): Study {
  const v = new _Validator(file);
  const study = v.study(raw);
  if (v.errors.length > 0) throw new DataErrors(v.errors);
  return study as Study;
}

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

class _Validator {
  errors: DataError[] = [];
  constructor(readonly file: string) {}

  fail(path: string, message: string, found: Json, expected: string, hint?: string): void {
    this.errors.push(
      new DataError(`${path}: ${message}`, {
        stage: "study",
        file: this.file,
        found: found === undefined ? "(missing)" : JSON.stringify(found),
        expected,
        hint: hint ?? `edit ${path} in the study file (see data/study.schema.json)`,
      }),
    );
  }

  object(value: Json, path: string, required: string[], optional: string[]): Obj | null {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.fail(path, "must be an object", value, "a JSON object");
      return null;
    }
    const obj = value as Obj;
    for (const key of Object.keys(obj)) {
      if (!required.includes(key) && !optional.includes(key)) {
        this.fail(
          `${path}.${key}`,
          "unknown key",
          key,
          `one of ${[...required, ...optional].join(", ")}`,
          "remove the key or fix its spelling",
        );
      }
    }
    for (const key of required) {
      if (!(key in obj)) this.fail(`${path}.${key}`, "is required", undefined, "a value");
    }
    return obj;
  }

  string(value: Json, path: string, pattern?: RegExp): string {
    if (typeof value !== "string" || value.trim() === "") {
      this.fail(path, "must be a non-empty string", value, "a string");
      return "";
    }
    if (pattern && !pattern.test(value)) {
      this.fail(path, "is not a valid identifier", value, `text matching ${pattern}`);
    }
    return value;
  }

  optString(value: Json, path: string): string | null {
    return value === undefined || value === null ? null : this.string(value, path);
  }

  number(value: Json, path: string, check: (x: number) => boolean, expected: string): number {
    if (typeof value !== "number" || !Number.isFinite(value) || !check(value)) {
      this.fail(path, `must be ${expected}`, value, expected);
      return NaN;
    }
    return value;
  }

  stringList(value: Json, path: string, allowEmpty = true, pattern?: RegExp): string[] {
    if (!Array.isArray(value) || (!allowEmpty && value.length === 0)) {
      this.fail(path, `must be a${allowEmpty ? "" : " non-empty"} list of strings`, value, "[...]");
      return [];
    }
    const out = value.map((item, i) => this.string(item, `${path}[${i}]`, pattern));
    const seen = new Set<string>();
    out.forEach((item, i) => {
      if (seen.has(item)) this.fail(`${path}[${i}]`, "is listed twice", item, "each entry once");
      seen.add(item);
    });
    return out;
  }

  range(value: Json, path: string): ValueRange {
    const obj = this.object(value, path, ["min", "max"], []);
    if (!obj) return { min: NaN, max: NaN };
    const min = this.number(obj.min, `${path}.min`, Number.isInteger, "an integer");
    const max = this.number(obj.max, `${path}.max`, Number.isInteger, "an integer");
    if (min >= max) this.fail(path, "min must be below max", value, "min < max");
    return { min, max };
  }

  study(raw: Json): Partial<Study> {
    const o = this.object(raw, "study", [
      "schemaVersion",
      "id",
      "title",
      "data",
      "idColumn",
      "instruments",
      "model",
    ], ["$schema", "description", "synthetic", "missingCodes", "demographics", "analysis"]);
    if (!o) return {};
    if (o.schemaVersion !== 1) {
      this.fail("study.schemaVersion", "unsupported version", o.schemaVersion, "1");
    }
    if (o.synthetic !== undefined && typeof o.synthetic !== "boolean") {
      this.fail("study.synthetic", "must be true or false", o.synthetic, "a boolean");
    }
    const instruments = Array.isArray(o.instruments) && o.instruments.length > 0
      ? o.instruments.map((x, i) => this.instrument(x, `study.instruments[${i}]`))
      : (this.fail("study.instruments", "must be a non-empty list", o.instruments, "[{...}]"), []);
    const demographics = o.demographics === undefined
      ? []
      : Array.isArray(o.demographics)
      ? o.demographics.map((x, i) => this.demographic(x, `study.demographics[${i}]`))
      : (this.fail("study.demographics", "must be a list", o.demographics, "[{...}]"), []);
    const study: Partial<Study> = {
      schemaVersion: 1,
      id: this.string(o.id, "study.id", ID_PATTERN),
      title: this.string(o.title, "study.title"),
      description: this.optString(o.description, "study.description"),
      synthetic: o.synthetic === true,
      data: this.string(o.data, "study.data"),
      idColumn: this.string(o.idColumn, "study.idColumn"),
      missingCodes: o.missingCodes === undefined
        ? [...STUDY_DEFAULTS.missingCodes]
        : this.stringList(o.missingCodes, "study.missingCodes"),
      instruments,
      demographics,
      model: this.model(o.model, "study.model"),
      analysis: this.analysis(o.analysis, "study.analysis"),
      file: this.file,
    };
    this.crossCheck(study);
    return study;
  }

  instrument(raw: Json, path: string): Instrument {
    const o = this.object(raw, path, ["id", "label", "items", "responseRange"], [
      "citation",
      "description",
      "reverse",
      "scoring",
      "minAnsweredShare",
      "subscales",
    ]) ?? {};
    const items = this.stringList(o.items, `${path}.items`, false);
    const reverse = o.reverse === undefined ? [] : this.stringList(o.reverse, `${path}.reverse`);
    reverse.forEach((item, i) => {
      if (!items.includes(item)) {
        this.fail(`${path}.reverse[${i}]`, "is not one of the instrument's items", item, "an item");
      }
    });
    if (o.scoring !== undefined && o.scoring !== "mean") {
      this.fail(`${path}.scoring`, "unknown scoring rule", o.scoring, '"mean"');
    }
    const subscales = o.subscales === undefined
      ? []
      : Array.isArray(o.subscales)
      ? o.subscales.map((s, i) => this.subscale(s, `${path}.subscales[${i}]`, items))
      : (this.fail(`${path}.subscales`, "must be a list", o.subscales, "[{...}]"), []);
    return {
      id: this.string(o.id, `${path}.id`, ID_PATTERN),
      label: this.string(o.label, `${path}.label`),
      citation: this.optString(o.citation, `${path}.citation`),
      description: this.optString(o.description, `${path}.description`),
      items,
      responseRange: this.range(o.responseRange, `${path}.responseRange`),
      reverse,
      scoring: "mean",
      minAnsweredShare: o.minAnsweredShare === undefined
        ? STUDY_DEFAULTS.minAnsweredShare
        : this.number(o.minAnsweredShare, `${path}.minAnsweredShare`, (x) =>
          x > 0 && x <= 1, "a share in (0, 1]"),
      subscales,
    };
  }

  subscale(raw: Json, path: string, instrumentItems: string[]): Subscale {
    const o = this.object(raw, path, ["id", "label", "items"], ["description"]) ?? {};
    const items = this.stringList(o.items, `${path}.items`, false);
    items.forEach((item, i) => {
      if (!instrumentItems.includes(item)) {
        this.fail(`${path}.items[${i}]`, "is not an item of this instrument", item, "an item");
      }
    });
    return {
      id: this.string(o.id, `${path}.id`, ID_PATTERN),
      label: this.string(o.label, `${path}.label`),
      items,
      description: this.optString(o.description, `${path}.description`),
    };
  }

  demographic(raw: Json, path: string): Demographic {
    const o =
      this.object(raw, path, ["column", "label", "type"], ["range", "levels", "description"]) ??
        {};
    const column = this.string(o.column, `${path}.column`);
    const label = this.string(o.label, `${path}.label`);
    const description = this.optString(o.description, `${path}.description`);
    if (o.type === "categorical") {
      const levels = this.stringList(o.levels, `${path}.levels`, false);
      if (levels.length === 1) {
        this.fail(`${path}.levels`, "needs two levels or more", o.levels, "[...]");
      }
      return { column, label, type: "categorical", levels, description };
    }
    if (o.type !== "numeric") {
      this.fail(`${path}.type`, "unknown type", o.type, '"numeric" or "categorical"');
    }
    if (o.levels !== undefined) {
      this.fail(`${path}.levels`, "only for categorical", o.levels, "no levels");
    }
    const range = o.range === undefined ? null : this.range(o.range, `${path}.range`);
    return { column, label, type: "numeric", range, description };
  }

  model(raw: Json, path: string): Model {
    const o =
      this.object(raw, path, ["x", "m", "y"], ["covariates", "additional", "alternatives"]) ??
        {};
    if (o.alternatives !== undefined && typeof o.alternatives !== "boolean") {
      this.fail(`${path}.alternatives`, "must be true or false", o.alternatives, "a boolean");
    }
    const additional = o.additional === undefined
      ? []
      : Array.isArray(o.additional)
      ? o.additional.map((a, i) => this.additionalModel(a, `${path}.additional[${i}]`))
      : (this.fail(`${path}.additional`, "must be a list", o.additional, "[{...}]"), []);
    return {
      x: this.string(o.x, `${path}.x`),
      m: this.stringList(o.m, `${path}.m`, false),
      y: this.string(o.y, `${path}.y`),
      covariates: o.covariates === undefined
        ? []
        : this.stringList(o.covariates, `${path}.covariates`),
      additional,
      alternatives: o.alternatives !== false,
    };
  }

  additionalModel(raw: Json, path: string): AdditionalModel {
    const o = this.object(raw, path, ["id", "label", "x", "m", "y"], ["serial", "adjusted"]) ?? {};
    for (const key of ["serial", "adjusted"]) {
      if (o[key] !== undefined && typeof o[key] !== "boolean") {
        this.fail(`${path}.${key}`, "must be true or false", o[key], "a boolean");
      }
    }
    const m = this.stringList(o.m, `${path}.m`, false);
    if (o.serial === true && m.length !== 2) {
      this.fail(`${path}.m`, "a serial model needs exactly two mediators", o.m, "[M1, M2]");
    }
    return {
      id: this.string(o.id, `${path}.id`, ID_PATTERN),
      label: this.string(o.label, `${path}.label`),
      x: this.string(o.x, `${path}.x`),
      m,
      y: this.string(o.y, `${path}.y`),
      serial: o.serial === true,
      adjusted: o.adjusted === true,
    };
  }

  analysis(raw: Json, path: string): AnalysisOptions {
    const d = STUDY_DEFAULTS;
    if (raw === undefined) {
      return {
        confLevel: d.confLevel,
        resamples: d.resamples,
        seed: d.seed,
        duplicates: d.duplicates,
        hc: d.hc,
        mediationHc: d.mediationHc,
      };
    }
    const o = this.object(raw, path, [], [
      "confLevel",
      "resamples",
      "seed",
      "duplicates",
      "hc",
      "mediationHc",
    ]) ??
      {};
    if (o.duplicates !== undefined && o.duplicates !== d.duplicates) {
      this.fail(`${path}.duplicates`, "unknown rule", o.duplicates, `"${d.duplicates}"`);
    }
    const hcTypes = ["HC0", "HC1", "HC2", "HC3", "HC4"] as const;
    if (o.hc !== undefined && !hcTypes.includes(o.hc as typeof hcTypes[number])) {
      this.fail(`${path}.hc`, "unknown type", o.hc, hcTypes.map((t) => `"${t}"`).join(", "));
    }
    if (
      o.mediationHc !== undefined && o.mediationHc !== null &&
      !hcTypes.includes(o.mediationHc as typeof hcTypes[number])
    ) {
      this.fail(
        `${path}.mediationHc`,
        "unknown type",
        o.mediationHc,
        `null or ${hcTypes.map((t) => `"${t}"`).join(", ")}`,
      );
    }
    return {
      confLevel: o.confLevel === undefined
        ? d.confLevel
        : this.number(o.confLevel, `${path}.confLevel`, (x) => x > 0 && x < 1, "a level in (0, 1)"),
      resamples: o.resamples === undefined ? d.resamples : this.number(
        o.resamples,
        `${path}.resamples`,
        (x) => Number.isInteger(x) && x >= 100 && x <= 10_000_000,
        "an integer from 100 to 10,000,000",
      ),
      seed: o.seed === undefined ? d.seed : this.number(
        o.seed,
        `${path}.seed`,
        (x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff,
        "an integer from 0 to 4294967295",
      ),
      duplicates: d.duplicates,
      hc: (o.hc as AnalysisOptions["hc"] | undefined) ?? d.hc,
      mediationHc: (o.mediationHc as AnalysisOptions["mediationHc"] | undefined) ?? d.mediationHc,
    };
  }

  /** Checks that need the whole definition: unique names, model references. */
  crossCheck(study: Partial<Study>): void {
    const columns = new Map<string, string>();
    const claim = (column: string, owner: string) => {
      if (!column) return;
      const previous = columns.get(column);
      if (previous) {
        this.fail(
          owner,
          `column "${column}" is already used by ${previous}`,
          column,
          "unique columns",
        );
      } else columns.set(column, owner);
    };
    claim(study.idColumn ?? "", "study.idColumn");
    study.instruments?.forEach((inst, i) =>
      inst.items.forEach((item, j) => claim(item, `study.instruments[${i}].items[${j}]`))
    );
    study.demographics?.forEach((d, i) => claim(d.column, `study.demographics[${i}].column`));

    const scales = new Set<string>();
    const addScale = (id: string, path: string) => {
      if (!id) return;
      if (scales.has(id)) this.fail(path, "scale id is used twice", id, "unique scale ids");
      scales.add(id);
    };
    study.instruments?.forEach((inst, i) => {
      addScale(inst.id, `study.instruments[${i}].id`);
      inst.subscales.forEach((s, j) =>
        addScale(s.id, `study.instruments[${i}].subscales[${j}].id`)
      );
    });
    const model = study.model;
    if (!model) return;
    const known = [...scales].join(", ");
    const checkScale = (id: string, path: string) => {
      if (id && !scales.has(id)) {
        this.fail(path, "is not a scale of this study", id, `one of ${known}`);
      }
    };
    const checkPaths = (m: { x: string; m: string[]; y: string }, path: string) => {
      checkScale(m.x, `${path}.x`);
      checkScale(m.y, `${path}.y`);
      m.m.forEach((id, i) => checkScale(id, `${path}.m[${i}]`));
      if (m.x && m.x === m.y) {
        this.fail(`${path}.y`, "X and Y are the same scale", m.y, "a scale other than X");
      }
      m.m.forEach((id, i) => {
        if (id === m.x || id === m.y) {
          this.fail(`${path}.m[${i}]`, "a mediator cannot also be X or Y", id, "another scale");
        }
      });
    };
    checkPaths(model, "study.model");
    model.additional.forEach((a, i) => checkPaths(a, `study.model.additional[${i}]`));
    const demographics = new Set(study.demographics?.map((d) => d.column));
    model.covariates.forEach((c, i) => {
      if (c && !demographics.has(c)) {
        this.fail(
          `study.model.covariates[${i}]`,
          "is not a demographic column",
          c,
          "a column of study.demographics",
        );
      }
    });
  }
}
