/**
 * The bootstrap engine written the simple way, as its documentation defines it, for the
 * tests that the fast engine gives the same bits: draws from `createRng(seed).nextIndex(n)`
 * (the project's generator, not the engine's own MT19937), 32-bit counts, one loop over the
 * rows with every sum in a typed array, the generic sweep (`thetaFromCrossProducts`) and
 * `effectValue` for every effect.
 * @module
 */
import {
  type BootstrapDraws,
  buildPathModel,
  effectValue,
  type MediationSpec,
  thetaFromCrossProducts,
} from "../../pipeline/mediate/mod.ts";
import { createRng } from "../../pipeline/random/mod.ts";

/** Columns shifted by their full-sample means (mean = Σ/n, in row order). */
export function shiftedColumns(columns: Float64Array[]): Float64Array[] {
  return columns.map((col) => {
    let mean = 0;
    for (let i = 0; i < col.length; i++) mean += col[i];
    mean /= col.length;
    return col.map((v) => v - mean);
  });
}

/**
 * Σ w z_j and Σ (w z_j) z_k (k ≥ j) in row order, with weights w_i = counts[i] mod 256, then
 * 256·z for each entry of `overflow` in order (the engine's byte counters), as documented in
 * crossproducts.ts.
 */
export function simpleSums(
  z: Float64Array[],
  counts: ArrayLike<number>,
  overflow: number[],
): { sums: Float64Array; cross: Float64Array } {
  const p = z.length, n = z[0].length;
  const sums = new Float64Array(p), cross = new Float64Array((p * (p + 1)) / 2);
  const add = (i: number, w: number) => {
    let t = 0;
    for (let j = 0; j < p; j++) {
      const v = w * z[j][i];
      sums[j] += v;
      for (let k = j; k < p; k++, t++) cross[t] += v * z[k][i];
    }
  };
  for (let i = 0; i < n; i++) add(i, counts[i] % 256);
  for (const i of overflow) add(i, 256);
  return { sums, cross };
}

/** The full p × p centred matrix Σ w z zᵀ − (Σ w z)(Σ w z)ᵀ / total. */
export function centred(sums: Float64Array, cross: Float64Array, total: number): Float64Array {
  const p = sums.length, c = new Float64Array(p * p);
  let t = 0;
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++, t++) {
      c[j * p + k] = c[k * p + j] = cross[t] - (sums[j] * sums[k]) / total;
    }
  }
  return c;
}

/** Every effect of the model at the centred matrix `c` of `n` rows, or null (degenerate). */
export function simpleEffects(
  spec: MediationSpec,
  columns: Float64Array[],
  c: Float64Array,
  n: number,
): number[] | null {
  const model = buildPathModel(spec);
  const p = columns.length;
  const reference = Float64Array.from(columns, (column) => {
    let mean = 0;
    for (const v of column) mean += v;
    mean /= column.length;
    let ss = 0;
    for (const v of column) ss += (v - mean) * (v - mean);
    return ss;
  });
  const theta = new Float64Array(model.nTheta);
  const ok = thetaFromCrossProducts(model, c, n, reference, new Float64Array(p * p), theta);
  if (!ok) return null;
  const values = model.effects.map((e) => effectValue(model, e, theta));
  return values.every(Number.isFinite) ? values : null;
}

/** The whole bootstrap, the simple way (columns in the model's order: `buildPathModel`). */
export function simpleBootstrap(
  spec: MediationSpec,
  columns: Float64Array[],
  resamples: number,
  seed: number,
): BootstrapDraws {
  const n = columns[0].length;
  const z = shiftedColumns(columns);
  const rng = createRng(seed);
  const effects = buildPathModel(spec).effects.length;
  const draws = Array.from({ length: effects }, () => [] as number[]);
  for (let r = 0; r < resamples; r++) {
    const counts = new Uint32Array(n), overflow: number[] = [];
    for (let d = 0; d < n; d++) {
      const i = rng.nextIndex(n);
      if (++counts[i] % 256 === 0) overflow.push(i);
    }
    const { sums, cross } = simpleSums(z, counts, overflow);
    const values = simpleEffects(spec, columns, centred(sums, cross, n), n);
    if (values !== null) values.forEach((v, s) => draws[s].push(v));
  }
  const used = draws[0].length;
  return {
    draws: draws.map((d) => Float64Array.from(d)),
    resamples,
    used,
    failed: resamples - used,
  };
}
