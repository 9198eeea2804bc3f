/**
 * The key estimates of a version, by stable name: what the next version's report
 * compares against ("what changed"). Store the returned record with each version.
 * @module
 */
import type { Results } from "../results/types.ts";

/**
 * Key estimates of `results`, in results order: analysed n; mean and α of each scale;
 * each correlation; each regression's R² and coefficients; each mediation effect's
 * estimate and every interval's bounds; the ρ at which the sensitivity analysis's ACME is
 * zero; the simulated power at each N. Values are copied, never computed.
 *
 * @example
 * ```ts
 * import { keyEstimates } from "./key_estimates.ts";
 * import type { Results } from "../results/types.ts";
 * const results = {
 *   sample: { nAnalysed: 70 }, scales: [], correlations: [], regressions: [], mediation: [],
 * } as unknown as Results;
 * if (keyEstimates(results)["sample: n analysed"] !== 70) throw new Error("n");
 * ```
 */
export function keyEstimates(results: Results): Record<string, number | null> {
  const out: Record<string, number | null> = { "sample: n analysed": results.sample.nAnalysed };
  for (const s of results.scales) {
    out[`scale ${s.scale}: mean`] = s.mean;
    out[`scale ${s.scale}: alpha`] = s.alpha;
  }
  for (const c of results.correlations) out[`r ${c.x} ~ ${c.y}`] = c.estimate;
  for (const r of results.regressions) {
    out[`regression ${r.model}: R²`] = r.rSquared;
    for (const t of r.terms) out[`regression ${r.model}: B ${t.term}`] = t.estimate;
  }
  for (const m of results.mediation) {
    for (const e of m.effects) {
      const key = `mediation ${m.model}: ${e.effect}`;
      if (!(`${key} estimate` in out)) out[`${key} estimate`] = e.estimate;
      if (e.confLow !== null || e.confHigh !== null) {
        out[`${key} [${e.method}] CI low`] = e.confLow;
        out[`${key} [${e.method}] CI high`] = e.confHigh;
      }
    }
  }
  for (const s of results.sensitivity ?? []) {
    out[`sensitivity ${s.model}: rho at ACME = 0`] = s.rhoAtZero;
  }
  if (results.power) {
    for (const p of results.power.points) out[`power ${results.power.model}: n = ${p.n}`] = p.power;
  }
  return out;
}
