/**
 * A hand-made, realistic report input for rendering tests: a study shaped like Moran et
 * al. (2014) (WAI, RPRS, RAS with subscales), results with plausible but arbitrary
 * numbers, and figure data drawn from a seeded generator. Nothing here is checked
 * statistically: the numbers only need to look like real output.
 * @module
 */
import { createRng } from "../../pipeline/random/mod.ts";
import type {
  EffectRow,
  FigureData,
  MediationSummary,
  PowerCurveSummary,
  RegressionSummary,
  Results,
  SensitivitySummary,
} from "../../pipeline/results/types.ts";
import type { TermRow } from "../../pipeline/regress/types.ts";
import type { ScaleSummary } from "../../pipeline/score/types.ts";
import { keyEstimates as _keys, type ReportInput } from "../../pipeline/report/mod.ts";
import type { Instrument, Study } from "../../pipeline/study/types.ts";

const _items = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}_${String(i + 1).padStart(2, "0")}`);

function _instrument(
  id: string,
  label: string,
  citation: string,
  n: number,
  max: number,
  reverse: string[],
  subscales: [string, string, number[]][],
): Instrument {
  const items = _items(id, n);
  return {
    id,
    label,
    citation,
    description: `${n} items on a 1\u2013${max} scale.`,
    items,
    responseRange: { min: 1, max },
    reverse,
    scoring: "mean",
    minAnsweredShare: 0.8,
    subscales: subscales.map(([sid, slabel, idx]) => ({
      id: sid,
      label: slabel,
      items: idx.map((i) => items[i - 1]),
      description: null,
    })),
  };
}

/** The study definition of the fixture. */
export function fixtureStudy(): Study {
  return {
    schemaVersion: 1,
    id: "moran2014",
    title: "Working alliance, recovery-promoting relationships and recovery (fixture)",
    description: "Cross-sectional design with 72 consumers; data simulated for this test.",
    synthetic: true,
    data: "raw/fixture.csv",
    idColumn: "id",
    missingCodes: ["-99", "NA"],
    instruments: [
      _instrument(
        "wai",
        "Working Alliance Inventory, short form (client)",
        "Tracey, T. J., & Kokotovic, A. M. (1989). Factor structure of the Working Alliance " +
          "Inventory. Psychological Assessment, 1(3), 207-210.",
        12,
        7,
        ["wai_04", "wai_10"],
        [
          ["wai_goal", "Goal", [4, 6, 10, 11]],
          ["wai_task", "Task", [1, 2, 8, 12]],
          ["wai_bond", "Bond", [3, 5, 7, 9]],
        ],
      ),
      _instrument(
        "rprs",
        "Recovery Promoting Relationships Scale",
        "Russinova, Z., et al. (2013). Psychiatric Rehabilitation Journal, 36(1), 7-14.",
        24,
        4,
        [],
        [
          ["rprs_strategies", "Recovery-Promoting Strategies", _range(1, 15)],
          ["rprs_core", "Core Relationship", _range(16, 24)],
        ],
      ),
      _instrument(
        "ras",
        "Recovery Assessment Scale (24 items)",
        "Corrigan, P. W., et al. (2004). Schizophrenia Bulletin, 30(4), 1035-1041.",
        24,
        5,
        [],
        [["ras_goal", "Goal and Success Orientation", [1, 2, 3, 4, 5]]],
      ),
    ],
    demographics: [
      {
        column: "age",
        label: "Age (years)",
        type: "numeric",
        range: { min: 18, max: 80 },
        description: null,
      },
      {
        column: "gender",
        label: "Gender",
        type: "categorical",
        levels: ["female", "male"],
        description: null,
      },
    ],
    model: {
      x: "rprs",
      m: ["wai"],
      y: "ras",
      covariates: ["age", "gender"],
      additional: [
        {
          id: "parallel_wai",
          label: "Parallel mediation through two WAI subscales (Bond, Task)",
          x: "rprs",
          m: ["wai_bond", "wai_task"],
          y: "ras",
          serial: false,
          adjusted: false,
        },
        {
          id: "serial_wai",
          label: "Serial mediation: Bond, then Task",
          x: "rprs",
          m: ["wai_bond", "wai_task"],
          y: "ras",
          serial: true,
          adjusted: false,
        },
      ],
      alternatives: true,
    },
    analysis: {
      confLevel: 0.95,
      resamples: 2000,
      seed: 20140801,
      duplicates: "keep-first-identical",
      hc: "HC3",
      mediationHc: null,
    },
    file: "data/fixture-study.json",
  };
}

function _range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function _scale(
  study: Study,
  scale: string,
  stats: [number, number, number, number, number, number, number, number, number],
): ScaleSummary {
  const [mean, sd, min, max, skew, kurt, alpha, low, high] = stats;
  const instrument = study.instruments.find((i) =>
    i.id === scale || i.subscales.some((s) => s.id === scale)
  )!;
  const sub = instrument.subscales.find((s) => s.id === scale);
  const items = sub ? sub.items : instrument.items;
  return {
    scale,
    label: sub ? sub.label : instrument.label,
    instrument: instrument.id,
    kind: sub ? "subscale" : "instrument",
    items,
    reversed: instrument.reverse.filter((r) => items.includes(r)),
    nobs: 72,
    mean,
    sd,
    min,
    max,
    skewness: skew,
    kurtosis: kurt,
    alphaNobs: 69,
    alpha,
    alphaConfLow: low,
    alphaConfHigh: high,
    standardizedAlpha: alpha + 0.004,
    omegaTotal: null,
    itemStats: [],
  };
}

function _term(
  term: string,
  b: number,
  se: number,
  df: number,
  beta: number | null,
  p: number,
): TermRow {
  const t = b / se;
  const q = 1.99;
  return {
    term,
    estimate: b,
    stdError: se,
    statistic: t,
    df,
    pValue: p,
    confLow: b - q * se,
    confHigh: b + q * se,
    standardized: beta,
    vif: beta === null ? null : 1.12,
    robust: {
      type: "HC3",
      stdError: se * 1.08,
      statistic: t / 1.08,
      pValue: Math.min(1, p * 1.3),
      confLow: b - q * se * 1.08,
      confHigh: b + q * se * 1.08,
    },
  };
}

function _regression(
  model: string,
  outcome: string,
  terms: TermRow[],
  r2: number,
  f: number,
  p: number,
  adjusted = false,
): RegressionSummary {
  const df1 = terms.length - 1;
  return {
    model,
    outcome,
    predictors: terms.slice(1).map((t) => t.term),
    adjusted,
    nobs: 72,
    confLevel: 0.95,
    hcType: "HC3",
    rSquared: r2,
    adjRSquared: 1 - (1 - r2) * 71 / (72 - df1 - 1),
    sigma: 0.48,
    fStatistic: f,
    df1,
    df2: 72 - df1 - 1,
    pValue: p,
    terms,
    breuschPagan: { statistic: 1.84, df: df1, pValue: 0.398 },
    shapiroWilk: { statistic: 0.981, pValue: 0.342 },
    notes: [],
  };
}

/** An effect row as `mediate()` writes it: a test (t with df, or z) only where one exists. */
function _effect(
  effect: string,
  method: string,
  estimate: number | null,
  se: number | null,
  p: number | null,
  low: number | null,
  high: number | null,
  extra: Partial<EffectRow> = {},
): EffectRow {
  const t = method === "ols";
  return {
    effect,
    estimate,
    stdError: se,
    statistic: se === null || p === null || estimate === null ? null : estimate / se,
    df: t ? 69 : null,
    pValue: p,
    confLow: low,
    confHigh: high,
    method,
    unstable: null,
    note: null,
    ...extra,
  };
}

function _summary(
  model: string,
  m: string[],
  covariates: string[],
  effects: EffectRow[],
  notes: string[] = [],
  shape: Partial<Pick<MediationSummary, "role" | "serial" | "x" | "y">> = {},
): MediationSummary {
  return {
    model,
    role: shape.role ?? (covariates.length > 0 ? "adjusted" : "main"),
    adjusted: covariates.length > 0,
    x: shape.x ?? "rprs",
    m,
    y: shape.y ?? "ras",
    covariates,
    serial: shape.serial ?? false,
    nobs: 72,
    droppedRows: [],
    resamples: 2000,
    resamplesUsed: 1998,
    resamplesFailed: 2,
    seed: 20140801,
    monteCarloSeed: 3861726518,
    monteCarloDraws: 10000,
    confLevel: 0.95,
    seType: "ols",
    effects,
    notes,
  };
}

/** A simple mediation model X → M → Y (every row kind `mediate()` writes for one mediator). */
function _mediation(model: string, covariates: string[], shift: number): MediationSummary {
  const ab = 0.214 + shift;
  return _summary(model, ["wai"], covariates, [
    _effect("a", "ols", 0.612, 0.141, 0.00004, 0.331, 0.893),
    _effect("b", "ols", 0.35 + shift, 0.098, 0.0006, 0.155, 0.545),
    _effect("total", "ols", 0.497, 0.121, 0.0001, 0.256, 0.738),
    _effect("direct", "ols", 0.283, 0.127, 0.029, 0.03, 0.536),
    _effect("indirect", "percentile bootstrap", ab, 0.074, 0.0037, 0.083, 0.366),
    _effect("indirect", "bc bootstrap", ab, null, null, 0.091, 0.378),
    _effect("indirect", "bca bootstrap", ab, null, null, 0.094, 0.382),
    _effect("indirect", "monte carlo", ab, null, null, 0.092, 0.361),
    _effect("indirect", "sobel (normal theory)", ab, 0.074, 0.0037, 0.069, 0.359),
    _effect(
      "indirect:partially-standardized",
      "percentile bootstrap",
      0.389,
      null,
      null,
      0.15,
      0.66,
    ),
    _effect(
      "indirect:completely-standardized",
      "percentile bootstrap",
      0.201,
      null,
      null,
      0.081,
      0.33,
    ),
    _effect("proportion-mediated", "percentile bootstrap", 0.431, null, null, 0.16, 0.93, {
      unstable: false,
    }),
  ], shift === 0 ? [] : ["2 resamples had a constant covariate and were dropped."]);
}

/** Two parallel mediators (the rows `mediate()` writes for several mediators, abridged). */
function _parallel(): MediationSummary {
  const rows = (effect: string, estimate: number, low: number, high: number) => [
    _effect(effect, "percentile bootstrap", estimate, 0.05, 0.01, low, high),
    _effect(effect, "bc bootstrap", estimate, null, null, low + 0.01, high + 0.01),
    _effect(effect, "bca bootstrap", null, null, null, null, null, {
      note: "BCa needs at least as many resamples as participants",
    }),
  ];
  return _summary(
    "parallel",
    ["wai_bond", "wai_task"],
    [],
    [
      _effect("a:wai_bond", "ols", 0.58, 0.15, 0.0003, 0.28, 0.88),
      _effect("a:wai_task", "ols", 0.49, 0.16, 0.003, 0.17, 0.81),
      _effect("b:wai_bond", "ols", 0.12, 0.09, 0.19, -0.06, 0.3),
      _effect("b:wai_task", "ols", 0.21, 0.08, 0.011, 0.05, 0.37),
      _effect("total", "ols", 0.497, 0.121, 0.0001, 0.256, 0.738),
      _effect("direct", "ols", 0.36, 0.13, 0.007, 0.1, 0.62),
      ...rows("indirect:wai_bond", 0.07, -0.03, 0.19),
      ...rows("indirect:wai_task", 0.103, 0.02, 0.21),
      ...rows("indirect:total", 0.173, 0.06, 0.3),
      ...rows("contrast:wai_bond-wai_task", -0.033, -0.18, 0.1),
      _effect("proportion-mediated", "percentile bootstrap", 0.35, null, null, -0.2, 1.9, {
        unstable: true,
      }),
    ],
    [],
    { role: "additional" },
  );
}

/** Two mediators in series, X → Bond → Task → Y (the rows `mediate()` writes, abridged). */
function _serial(): MediationSummary {
  const rows = (effect: string, estimate: number, low: number, high: number) => [
    _effect(effect, "percentile bootstrap", estimate, 0.04, 0.02, low, high),
    _effect(effect, "bc bootstrap", estimate, null, null, low + 0.005, high + 0.01),
    _effect(effect, "bca bootstrap", estimate, null, null, low + 0.008, high + 0.012),
    _effect(effect, "sobel (normal theory)", estimate, 0.04, 0.02, low - 0.01, high - 0.01),
  ];
  return _summary(
    "serial",
    ["wai_bond", "wai_task"],
    [],
    [
      _effect("a:wai_bond", "ols", 0.58, 0.15, 0.0003, 0.28, 0.88),
      _effect("a:wai_task", "ols", 0.11, 0.09, 0.22, -0.07, 0.29),
      _effect("d:wai_bond->wai_task", "ols", 0.71, 0.08, 1e-12, 0.55, 0.87),
      _effect("b:wai_bond", "ols", 0.12, 0.09, 0.19, -0.06, 0.3),
      _effect("b:wai_task", "ols", 0.21, 0.08, 0.011, 0.05, 0.37),
      _effect("total", "ols", 0.497, 0.121, 0.0001, 0.256, 0.738),
      _effect("direct", "ols", 0.36, 0.13, 0.007, 0.1, 0.62),
      ...rows("indirect:wai_bond", 0.07, -0.03, 0.19),
      ...rows("indirect:wai_bond->wai_task", 0.087, 0.021, 0.17),
      ...rows("indirect:wai_task", 0.023, -0.02, 0.08),
      ...rows("indirect:total", 0.18, 0.07, 0.31),
    ],
    [],
    { role: "additional", serial: true },
  );
}

/** The paper's variables in another order (the rows `mediate()` writes for one mediator). */
function _alternative(
  model: string,
  x: string,
  m: string,
  y: string,
  shift: number,
): MediationSummary {
  const base = _mediation(model, [], shift);
  return {
    ...base,
    role: "alternative",
    x,
    m: [m],
    y,
    notes: [
      "An alternative ordering of the same variables, shown because reviewers ask for it: " +
      "with cross-sectional data, a mediation model cannot establish the direction of effects.",
    ],
  };
}

/** Sensitivity of the main model: ACME(ρ) = a·(b − ρ/√(1 − ρ²)·k) on the grid of R's seq. */
function _sensitivity(): SensitivitySummary {
  const a = 0.612;
  const b = 0.35;
  const k = 0.9;
  const rows = Array.from({ length: 199 }, (_, i) => {
    const rho = -0.99 + i * 0.01;
    const estimate = a * (b - rho / Math.sqrt(1 - rho * rho) * k);
    const half = 1.96 * (0.074 + 0.02 * Math.abs(estimate));
    return {
      rho,
      estimate,
      confLow: estimate - half,
      confHigh: estimate + half,
      r2StarProd: rho * rho,
      r2TildeProd: rho * rho * 0.79 * 0.68,
    };
  });
  const rhoAtZero = b / Math.sqrt(k * k + b * b);
  return {
    model: "main",
    x: "rprs",
    m: "wai",
    y: "ras",
    covariates: [],
    nobs: 72,
    droppedRows: [],
    rhoStep: 0.01,
    confLevel: 0.95,
    estimateAtRhoZero: a * b,
    rhoAtZero,
    r2StarAtZero: rhoAtZero * rhoAtZero,
    r2TildeAtZero: rhoAtZero * rhoAtZero * 0.79 * 0.68,
    rSquaredM: 0.21,
    rSquaredY: 0.32,
    rows,
    note: "ACME(rho) and its normal interval are the converged values of R mediation's medsens().",
  };
}

/** A power curve over N for the main model's standardized paths. */
function _power(): PowerCurveSummary {
  const points = [36, 54, 72, 100, 150, 200, 300].map((n) => {
    const power = 1 - Math.exp(-n / 45);
    return { n, power, stdError: Math.sqrt(power * (1 - power) / 500) };
  });
  return {
    model: "main",
    method: "joint-significance",
    studies: 500,
    a: 0.46,
    b: 0.4,
    cPrime: 0.24,
    points,
  };
}

/** Results of the fixture (plausible numbers; the report only formats them). */
export function fixtureResults(study: Study): Results {
  const scale = (id: string, s: Parameters<typeof _scale>[2]) => _scale(study, id, s);
  const pairs: [string, string, number, number][] = [
    ["rprs", "wai", 0.46, 0.00004],
    ["rprs", "ras", 0.42, 0.0002],
    ["wai", "ras", 0.51, 0.000004],
    ["rprs", "wai_bond", 0.39, 0.0007],
    ["wai", "wai_bond", 0.88, 1e-20],
    ["ras", "wai_bond", 0.21, 0.077],
  ];
  return {
    schemaVersion: 1,
    synthetic: true,
    study: { id: study.id, title: study.title, description: study.description },
    settings: { confLevel: 0.95, resamples: 2000, seed: 20140801 },
    sample: {
      nRaw: 76,
      nAnalysed: 72,
      nExcluded: 4,
      excludedByReason: [
        { reason: "duplicate-identical", n: 1 },
        { reason: "insufficient-items:wai", n: 2 },
        { reason: "missing-id", n: 1 },
      ],
      blankLines: 1,
    },
    scales: [
      scale("wai", [5.42, 0.96, 2.5, 7, -0.71, 0.32, 0.89, 0.853, 0.922]),
      scale("wai_goal", [5.21, 1.11, 2, 7, -0.52, -0.14, 0.74, 0.631, 0.823]),
      scale("wai_task", [5.38, 1.04, 2.25, 7, -0.64, 0.08, 0.79, 0.699, 0.857]),
      scale("wai_bond", [5.66, 1.02, 2.5, 7, -0.93, 0.61, 0.81, 0.725, 0.871]),
      scale("rprs", [3.12, 0.47, 1.92, 4, -0.38, -0.27, 0.93, 0.905, 0.951]),
      scale("rprs_strategies", [3.05, 0.52, 1.8, 4, -0.29, -0.42, 0.9, 0.862, 0.931]),
      scale("rprs_core", [3.23, 0.49, 1.89, 4, -0.57, 0.11, 0.85, 0.791, 0.896]),
      scale("ras", [3.81, 0.55, 2.21, 4.96, -0.44, 0.05, 0.91, 0.877, 0.937]),
      scale("ras_goal", [3.9, 0.63, 2, 5, -0.48, -0.02, 0.78, 0.689, 0.849]),
    ],
    correlations: pairs.map(([x, y, r, p]) => ({
      x,
      y,
      nobs: 72,
      estimate: r,
      statistic: r * Math.sqrt(70 / (1 - r * r)),
      df: 70,
      pValue: p,
      pValueHolm: Math.min(1, p * 6),
      confLow: Math.tanh(Math.atanh(r) - 1.96 / Math.sqrt(69)),
      confHigh: Math.tanh(Math.atanh(r) + 1.96 / Math.sqrt(69)),
      method: "pearson" as const,
    })),
    regressions: [
      _regression(
        "a_path",
        "wai",
        [
          _term("(Intercept)", 3.51, 0.45, 70, null, 1e-10),
          _term("rprs", 0.612, 0.141, 70, 0.46, 0.00004),
        ],
        0.212,
        18.84,
        0.00004,
      ),
      _regression(
        "b_path",
        "ras",
        [
          _term("(Intercept)", 1.42, 0.39, 69, null, 0.0005),
          _term("rprs", 0.283, 0.127, 69, 0.24, 0.029),
          _term("wai", 0.35, 0.098, 69, 0.4, 0.0006),
        ],
        0.318,
        16.09,
        0.000002,
      ),
      _regression(
        "b_path_adjusted",
        "ras",
        [
          _term("(Intercept)", 1.61, 0.44, 66, null, 0.0005),
          _term("rprs", 0.271, 0.131, 66, 0.23, 0.042),
          _term("wai", 0.338, 0.101, 66, 0.39, 0.0013),
          _term("age", -0.004, 0.005, 66, -0.08, 0.43),
          _term("gender_male", -0.061, 0.118, 66, -0.05, 0.61),
        ],
        0.326,
        7.98,
        0.00003,
        true,
      ),
    ],
    mediation: [
      _mediation("main", [], 0),
      _mediation("adjusted", ["age", "gender_male"], -0.012),
      _parallel(),
      _serial(),
      _alternative("wai → rprs → ras", "wai", "rprs", "ras", -0.31),
      _alternative("ras → wai → rprs", "ras", "wai", "rprs", 0.05),
    ],
    sensitivity: [_sensitivity()],
    power: _power(),
  };
}

/** Figure data of the fixture: scores, residuals and bootstrap draws from a seeded stream. */
export function fixtureFigures(results: Results): FigureData {
  const rng = createRng(20140801);
  const n = 72;
  const ids = Array.from({ length: n }, (_, i) => `P${String(i + 1).padStart(3, "0")}`);
  const rprs = Array.from({ length: n }, () => 3.1 + 0.45 * rng.nextNormal());
  const wai = rprs.map((x) => 3.5 + 0.6 * x + 0.8 * rng.nextNormal());
  const ras = rprs.map((x, i) => 1.4 + 0.28 * x + 0.35 * wai[i] + 0.45 * rng.nextNormal());
  wai[5] = NaN; // not scored
  const residuals: FigureData["residuals"] = {};
  for (const r of results.regressions) {
    const fitted = Array.from({ length: n }, () => 3.8 + 0.3 * rng.nextNormal());
    const e = Array.from({ length: n }, () => 0.48 * rng.nextNormal());
    residuals[r.model] = {
      fitted,
      residuals: e,
      studentized: e.map((v, i) => (i === 0 ? null : v / 0.48)),
    };
  }
  const indirectDraws: FigureData["indirectDraws"] = {};
  for (const m of results.mediation) {
    indirectDraws[m.model] = Array.from({ length: 2000 }, () => 0.214 + 0.071 * rng.nextNormal());
  }
  return {
    scores: {
      rprs,
      wai,
      ras,
      wai_bond: wai.map((v) => v + 0.1 + 0.5 * rng.nextNormal()),
      wai_task: wai.map((v) => v - 0.1 + 0.5 * rng.nextNormal()),
    },
    ids,
    residuals,
    indirectDraws,
    audit: [
      {
        row: 4,
        id: "P003",
        column: "wai_04",
        oldValue: "-99",
        newValue: null,
        rule: "missing-code",
      },
      { row: 9, id: "P008", column: "ras_11", oldValue: "9", newValue: null, rule: "out-of-range" },
      { row: 12, id: null, column: null, oldValue: null, newValue: null, rule: "missing-id" },
      {
        row: 15,
        id: "P013",
        column: "rprs_02",
        oldValue: "03",
        newValue: "3",
        rule: "normalised-number",
      },
      { row: 20, id: "P018", column: null, oldValue: null, newValue: null, rule: "blank-line" },
      {
        row: 31,
        id: "P029",
        column: null,
        oldValue: null,
        newValue: null,
        rule: "duplicate-identical",
      },
      {
        row: 44,
        id: "P041",
        column: null,
        oldValue: null,
        newValue: null,
        rule: "insufficient-items:wai",
      },
      {
        row: 60,
        id: "P056",
        column: null,
        oldValue: null,
        newValue: null,
        rule: "insufficient-items:wai",
      },
    ],
  };
}

/** The complete report input of the fixture. */
export function fixtureInput(): ReportInput {
  const study = fixtureStudy();
  const results = fixtureResults(study);
  const previous = { ...fixtureResults(study) };
  previous.mediation = [
    _mediation("main", [], 0.01),
    _mediation("adjusted", ["age", "gender_male"], -0.012),
    _parallel(),
    _serial(),
    _alternative("wai → rprs → ras", "wai", "rprs", "ras", -0.31),
    _alternative("ras → wai → rprs", "ras", "wai", "rprs", 0.05),
  ];
  return {
    results,
    figures: fixtureFigures(results),
    study,
    version: "3f2a9c0d1e4b5a67",
    previous: { version: "0a1b2c3d4e5f6071", keyEstimates: _keys(previous) },
    manifest: {
      files: [
        { path: "data/study.json", sha256: "9b2c".padEnd(64, "0") },
        { path: "data/raw/moran2014_synthetic.csv", sha256: "51e0".padEnd(64, "7") },
      ],
      denoVersion: "2.9.6",
      lockfileSha256: "c0ffee".padEnd(64, "1"),
      options: { seed: 20140801, resamples: 2000, confLevel: 0.95 },
      gitCommit: "d".repeat(40),
    },
    notebooks: [{ name: "Exploring the scales", href: "notebooks/explore.html" }],
  };
}

/** Strings that would break out of HTML, attributes or CSS if not escaped. */
export const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)",
  "</style><script>alert(4)</script>",
  "&amp; <b>bold</b>",
];

/** The fixture with a hostile string in every data-derived label the report prints. */
export function hostileInput(): ReportInput {
  const input = fixtureInput();
  const [s, img, quote, style, amp] = HOSTILE;
  const study = input.study;
  study.title = s;
  study.instruments[0].label = img;
  study.instruments[0].citation = style;
  study.instruments[0].description = quote;
  study.instruments[0].subscales[0].label = s;
  study.instruments[1].label = amp;
  study.demographics[0].label = img;
  study.missingCodes.push(s);
  const results = input.results;
  results.study.title = s;
  results.study.description = img;
  results.scales[1].label = s;
  results.regressions[0].model = s;
  results.regressions[0].notes.push(img);
  results.mediation[0].model = img;
  results.mediation[0].notes.push(style);
  results.mediation[0].effects.push(_effect(quote, s, 0.1, 0.05, 0.04, 0.01, 0.2));
  results.sample.excludedByReason.push({ reason: s, n: 0 });
  study.model.additional[0].label = s;
  results.mediation[4].notes.push(amp);
  results.sensitivity[0].model = quote;
  results.sensitivity[0].note = img;
  results.power!.model = style;
  const figures = input.figures;
  figures.residuals[s] = figures.residuals["a_path"];
  figures.indirectDraws[img] = figures.indirectDraws["main"];
  figures.audit.push({ row: 70, id: img, column: s, oldValue: style, newValue: quote, rule: amp });
  figures.ids[0] = s;
  input.version = img;
  input.manifest.files.push({ path: s, sha256: img });
  input.manifest.options[s] = img;
  input.manifest.gitCommit = quote;
  input.manifest.denoVersion = style;
  input.notebooks.push({ name: s, href: "javascript:alert(5)" });
  input.notebooks.push({ name: img, href: "https://example.org/x.html" });
  input.notebooks.push({ name: quote, href: '" onclick="alert(6)' });
  input.previous = { version: img, keyEstimates: { [s]: 1 } };
  return input;
}
