/**
 * Dense linear algebra for least squares, in plain typed arrays (no dependencies).
 *
 * - {@link qr}: Householder QR of a matrix given as columns, flagging aliased (linearly
 *   dependent) columns with R's `lm()` rule: a column whose remaining norm after projecting
 *   out the earlier kept columns is below 1e-7 × its original norm.
 * - {@link qrQty}, {@link qrQy}, {@link qrCoef}, {@link qrResiduals}, {@link qrHat}:
 *   R's `qr.qty`, `qr.qy`, `qr.coef`, `qr.resid` and the hat diagonal.
 * - {@link backsolve}, {@link upperInverse}, {@link crossprodInverse}: triangular solves,
 *   R⁻¹ and (RᵀR)⁻¹ (R's `chol2inv`).
 *
 * Matrices are row-major `Float64Array`s unless given as arrays of columns.
 * @module
 */
export { qr, QR_TOLERANCE } from "./qr.ts";
export type { QR, QrOptions } from "./qr.ts";
export { qrCoef, qrHat, qrQty, qrQy, qrResiduals } from "./apply.ts";
export { backsolve, crossprodInverse, upperInverse } from "./triangular.ts";
