/**
 * The path model of a mediation analysis as data: the order of the variables, the path
 * coefficients θ, and every effect as a polynomial in θ. The same description evaluates the
 * point estimates (from `ols()`), each bootstrap resample (from a cross-product matrix) and
 * the delta-method gradients, so the three cannot drift apart.
 * @module
 */
import type { CrossProductStatistic } from "./bootstrap.ts";
import { SWEEP_TOLERANCE, sweepChecked } from "./sweep.ts";

/** One product of path coefficients, with a sign: sign · Π θ[factors]. */
export interface EffectTerm {
  sign: number;
  factors: number[];
}

/**
 * How an effect is computed from its terms' sum s: "raw" s; "partial" s / SD_Y;
 * "complete" s · SD_X / SD_Y; "proportion" s / c (c the total effect).
 */
export type EffectScale = "raw" | "partial" | "complete" | "proportion";

/** A bootstrapped effect. */
export interface EffectSpec {
  name: string;
  terms: EffectTerm[];
  scale: EffectScale;
  /** Indirect effects and contrasts get BC and BCa rows, and delta-method rows. */
  primary: boolean;
}

/**
 * Variables in sweep order [covariates…, X, mediators…, Y] and the layout of θ:
 * a (one per mediator), d21 (serial only: M1 → M2), b (one per mediator), c (total), c′
 * (direct), SD_X, SD_Y.
 */
export interface PathModel {
  kind: "simple" | "parallel" | "serial";
  /** Column names in sweep order. */
  names: string[];
  /** Number of covariates: they occupy positions 0 … nCovariates − 1. */
  nCovariates: number;
  ix: number;
  /** Positions of the mediators, in the order given. */
  im: number[];
  iy: number;
  mediators: string[];
  /** θ index of a_j is j; of d21 (serial) is k; then b_j, c, c′, SD_X, SD_Y. */
  thetaA: number;
  thetaD21: number;
  thetaB: number;
  thetaC: number;
  thetaCp: number;
  thetaSdX: number;
  thetaSdY: number;
  nTheta: number;
  effects: EffectSpec[];
  /** Index in `effects` of the total indirect effect ("indirect" or "indirect:total"). */
  totalIndirect: number;
}

/**
 * Builds the model for X → M → Y: one mediator (PROCESS model 4 with k = 1), several
 * parallel mediators (model 4), or two serial mediators (model 6).
 *
 * @example
 * ```ts
 * import { buildPathModel } from "./model.ts";
 * const m = buildPathModel({ x: "x", m: ["m"], y: "y", covariates: [] });
 * if (m.effects[0].name !== "indirect" || m.names.join() !== "x,m,y") throw new Error();
 * ```
 */
export function buildPathModel(
  spec: { x: string; m: string[]; y: string; covariates: string[]; serial?: boolean },
): PathModel {
  const k = spec.m.length;
  if (k < 1) throw new RangeError("mediation needs at least one mediator");
  const serial = spec.serial === true;
  if (serial && k !== 2) throw new RangeError("serial mediation needs exactly two mediators");
  const kind = serial ? "serial" : k === 1 ? "simple" : "parallel";
  const nc = spec.covariates.length;
  const names = [...spec.covariates, spec.x, ...spec.m, spec.y];
  const thetaB = k + (serial ? 1 : 0);
  const layout = {
    thetaA: 0,
    thetaD21: serial ? k : -1,
    thetaB,
    thetaC: thetaB + k,
    thetaCp: thetaB + k + 1,
    thetaSdX: thetaB + k + 2,
    thetaSdY: thetaB + k + 3,
    nTheta: thetaB + k + 4,
  };
  const a = (j: number) => j;
  const b = (j: number) => thetaB + j;
  const effects: EffectSpec[] = [];
  let totalTerms: EffectTerm[];
  if (kind === "simple") {
    totalTerms = [{ sign: 1, factors: [a(0), b(0)] }];
    effects.push({ name: "indirect", terms: totalTerms, scale: "raw", primary: true });
  } else if (kind === "parallel") {
    totalTerms = spec.m.map((_, j) => ({ sign: 1, factors: [a(j), b(j)] }));
    spec.m.forEach((name, j) => {
      effects.push({
        name: `indirect:${name}`,
        terms: [totalTerms[j]],
        scale: "raw",
        primary: true,
      });
    });
    effects.push({ name: "indirect:total", terms: totalTerms, scale: "raw", primary: true });
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) {
        effects.push({
          name: `contrast:${spec.m[i]}-${spec.m[j]}`,
          terms: [totalTerms[i], { sign: -1, factors: totalTerms[j].factors }],
          scale: "raw",
          primary: true,
        });
      }
    }
  } else {
    const [m1, m2] = spec.m;
    const specific: [string, EffectTerm][] = [
      [`indirect:${m1}`, { sign: 1, factors: [a(0), b(0)] }],
      [`indirect:${m1}->${m2}`, { sign: 1, factors: [a(0), layout.thetaD21, b(1)] }],
      [`indirect:${m2}`, { sign: 1, factors: [a(1), b(1)] }],
    ];
    totalTerms = specific.map(([, term]) => term);
    for (const [name, term] of specific) {
      effects.push({ name, terms: [term], scale: "raw", primary: true });
    }
    effects.push({ name: "indirect:total", terms: totalTerms, scale: "raw", primary: true });
  }
  const totalIndirect = effects.findIndex((e) => e.terms === totalTerms);
  const base = effects[totalIndirect].name;
  effects.push(
    { name: `${base}:partially-standardized`, terms: totalTerms, scale: "partial", primary: false },
    {
      name: `${base}:completely-standardized`,
      terms: totalTerms,
      scale: "complete",
      primary: false,
    },
    { name: "proportion-mediated", terms: totalTerms, scale: "proportion", primary: false },
  );
  return {
    kind,
    names,
    nCovariates: nc,
    ix: nc,
    im: spec.m.map((_, j) => nc + 1 + j),
    iy: nc + 1 + k,
    mediators: [...spec.m],
    ...layout,
    effects,
    totalIndirect,
  };
}

/** Value of an effect at θ (non-finite when a denominator is 0). */
export function effectValue(
  model: PathModel,
  effect: EffectSpec,
  theta: ArrayLike<number>,
): number {
  let s = 0;
  for (const term of effect.terms) {
    let product = term.sign;
    for (const f of term.factors) product *= theta[f];
    s += product;
  }
  switch (effect.scale) {
    case "raw":
      return s;
    case "partial":
      return s / theta[model.thetaSdY];
    case "complete":
      return s * theta[model.thetaSdX] / theta[model.thetaSdY];
    case "proportion":
      return s / theta[model.thetaC];
  }
}

/** Gradient of a raw (unscaled) effect with respect to θ, written into `out` (zeroed first). */
export function effectGradient(
  effect: EffectSpec,
  theta: ArrayLike<number>,
  out: Float64Array,
): void {
  if (effect.scale !== "raw") throw new RangeError("gradients are defined for raw effects only");
  out.fill(0);
  for (const term of effect.terms) {
    for (let i = 0; i < term.factors.length; i++) {
      let product = term.sign;
      for (let j = 0; j < term.factors.length; j++) {
        if (j !== i) product *= theta[term.factors[j]];
      }
      out[term.factors[i]] += product;
    }
  }
}

/**
 * Path coefficients θ from the centred cross-product matrix `c` (p × p, full storage, p =
 * `model.names.length`) of `n` observations, by sweeping [covariates, X] (a, c), then the
 * mediators (serial: M1 first, giving the M2 equation's a2 and d21) (b, c′). `work` is a
 * p × p scratch array. Returns false when a swept variable is degenerate in these data
 * (see `sweepChecked`; `reference` holds the full-sample sums of squares).
 */
export function thetaFromCrossProducts(
  model: PathModel,
  c: Float64Array,
  n: number,
  reference: Float64Array,
  work: Float64Array,
  theta: Float64Array,
): boolean {
  const p = model.names.length;
  const { ix, iy, im } = model;
  for (let i = 0; i < p * p; i++) work[i] = c[i];
  for (let v = 0; v <= ix; v++) {
    if (!sweepChecked(work, p, v, c, reference)) return false;
  }
  const rowX = ix * p;
  for (let j = 0; j < im.length; j++) theta[model.thetaA + j] = work[rowX + im[j]];
  theta[model.thetaC] = work[rowX + iy];
  if (model.kind === "serial") {
    if (!sweepChecked(work, p, im[0], c, reference)) return false;
    theta[model.thetaA + 1] = work[rowX + im[1]];
    theta[model.thetaD21] = work[im[0] * p + im[1]];
    if (!sweepChecked(work, p, im[1], c, reference)) return false;
  } else {
    for (const v of im) {
      if (!sweepChecked(work, p, v, c, reference)) return false;
    }
  }
  for (let j = 0; j < im.length; j++) theta[model.thetaB + j] = work[im[j] * p + iy];
  theta[model.thetaCp] = work[rowX + iy];
  theta[model.thetaSdX] = Math.sqrt(c[ix * p + ix] / (n - 1));
  theta[model.thetaSdY] = Math.sqrt(c[iy * p + iy] / (n - 1));
  return true;
}

/**
 * Every effect of `model` (in `model.effects` order) as a statistic of a cross-product
 * matrix, for the bootstrap engine: θ by `thetaFromCrossProducts`, then `effectValue`.
 * `columns` are the complete-case variables in `model.names` order; their full-sample sums of
 * squares are the reference of the degeneracy tests. Allocation-free per call.
 */
export function pathStatistic(model: PathModel, columns: Float64Array[]): CrossProductStatistic {
  const p = columns.length;
  if (p !== model.names.length) throw new RangeError("pathStatistic: one column per variable");
  const reference = new Float64Array(p);
  columns.forEach((column, j) => {
    let mean = 0;
    for (const v of column) mean += v;
    mean /= column.length;
    for (const v of column) reference[j] += (v - mean) * (v - mean);
  });
  if (model.kind === "simple" && p === 3) return _simpleStatistic(model, reference);
  const work = new Float64Array(p * p);
  const theta = new Float64Array(model.nTheta);
  const evaluate = _compileEffects(model);
  return {
    size: model.effects.length,
    compute(c, n, out) {
      if (!thetaFromCrossProducts(model, c, n, reference, work, theta)) return false;
      evaluate(theta, out);
      return true;
    },
  };
}

/**
 * `pathStatistic` of the simple model (X, M, Y; no covariates): the same operations as
 * `thetaFromCrossProducts` (two sweeps with their degeneracy tests) and `effectValue`, in
 * the same order, written out for p = 3 and restricted to what the four effects use:
 * a = c_xm/c_xx and c = c_xy/c_xx from the sweep of X; b = (c_my − f·c_xy)/(c_mm − f·c_xm),
 * f = c_mx/c_xx (the M row after the first sweep; skipped when f = 0, as `sweepChecked`
 * does), from the sweep of M; SD_X and SD_Y. tests/bench proves it equal, bit for bit, to
 * the generic statistic.
 */
function _simpleStatistic(model: PathModel, reference: Float64Array): CrossProductStatistic {
  const order = model.effects.map((e) => e.scale).join();
  if (order !== "raw,partial,complete,proportion") {
    throw new RangeError(`pathStatistic: unexpected effects of the simple model (${order})`);
  }
  const ref0 = SWEEP_TOLERANCE * reference[0], ref1 = SWEEP_TOLERANCE * reference[1];
  return {
    size: 4,
    compute(c, n, out) {
      const cxx = c[0], cxm = c[1], cxy = c[2], cmx = c[3], cmm = c[4], cmy = c[5];
      // Sweep of X (sweepChecked(work, 3, 0, c, reference)).
      if (!(cxx > ref0) || !(cxx > SWEEP_TOLERANCE * cxx)) return false;
      const f = cmx / cxx;
      let mm = cmm, my = cmy;
      if (f !== 0) {
        mm -= f * cxm;
        my -= f * cxy;
      }
      const a = cxm / cxx, total = cxy / cxx;
      // Sweep of M.
      if (!(cmm > ref1) || !(mm > SWEEP_TOLERANCE * cmm)) return false;
      const b = my / mm;
      const sdX = Math.sqrt(cxx / (n - 1)), sdY = Math.sqrt(c[8] / (n - 1));
      // effectValue: sum = 0 + sign·a·b (sign 1), then the four scales.
      const s = 0 + a * b;
      out[0] = s;
      out[1] = s / sdY;
      out[2] = s * sdX / sdY;
      out[3] = s / total;
      return true;
    },
  };
}

/**
 * `effectValue` for every effect, flattened into typed arrays once (the same products, sums
 * and scalings in the same order, so the same values): it runs once per resample.
 */
function _compileEffects(model: PathModel): (theta: Float64Array, out: Float64Array) => void {
  const scales = { raw: 0, partial: 1, complete: 2, proportion: 3 };
  const scale = Int8Array.from(model.effects, (e) => scales[e.scale]);
  const termEnd = new Int32Array(model.effects.length);
  const signs: number[] = [], factorEnd: number[] = [], factors: number[] = [];
  model.effects.forEach((effect, s) => {
    for (const term of effect.terms) {
      signs.push(term.sign);
      factors.push(...term.factors);
      factorEnd.push(factors.length);
    }
    termEnd[s] = signs.length;
  });
  const sign = Float64Array.from(signs), fEnd = Int32Array.from(factorEnd);
  const f = Int32Array.from(factors);
  const { thetaSdX, thetaSdY, thetaC } = model;
  return (theta, out) => {
    let t = 0, k = 0;
    for (let s = 0; s < scale.length; s++) {
      let sum = 0;
      for (; t < termEnd[s]; t++) {
        let product = sign[t];
        for (; k < fEnd[t]; k++) product *= theta[f[k]];
        sum += product;
      }
      const code = scale[s];
      out[s] = code === 0
        ? sum
        : code === 1
        ? sum / theta[thetaSdY]
        : code === 2
        ? sum * theta[thetaSdX] / theta[thetaSdY]
        : sum / theta[thetaC];
    }
  };
}
