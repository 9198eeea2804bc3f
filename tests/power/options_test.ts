import assert from "node:assert/strict";
import {
  residualVarianceY,
  resolvePowerOptions,
  standardizedFromUnitErrors,
} from "../../pipeline/power/options.ts";
import { assertClose, isOptionsError, readReference } from "./_helpers.ts";

const ref = readReference();

Deno.test("standardizedFromUnitErrors() matches R's standardized paths from the implied covariance matrix", () => {
  for (const [name, c] of Object.entries(ref.cells) as [string, Record<string, number>][]) {
    const s = standardizedFromUnitErrors({ a: c.a, b: c.b, cPrime: c.cPrime });
    assertClose(s.a, c.aStd, 1e-12, `${name} a`);
    assertClose(s.b, c.bStd, 1e-12, `${name} b`);
    assertClose(s.cPrime, c.cPrimeStd, 1e-12, `${name} c′`, 1e-15);
  }
});

Deno.test("residualVarianceY() of the standardized paths matches R's 1 - R² of Y", () => {
  for (const [name, c] of Object.entries(ref.cells) as [string, Record<string, number>][]) {
    const s = standardizedFromUnitErrors({ a: c.a, b: c.b, cPrime: c.cPrime });
    assertClose(residualVarianceY(s.a, s.b, s.cPrime), c.residualVarianceYStd, 1e-12, name);
  }
});

Deno.test("resolvePowerOptions() fills every default in one place", () => {
  assert.deepEqual(resolvePowerOptions({ a: 0.3, b: 0.2, n: 50 }), {
    a: 0.3,
    b: 0.2,
    cPrime: 0,
    n: 50,
    method: "percentile",
    studies: 1000,
    resamples: 1000,
    confLevel: 0.95,
    seed: 20140801,
    nullSimulations: true,
  });
});

Deno.test("resolvePowerOptions() rejects each bad option as DataError stage options", () => {
  const good = { a: 0.3, b: 0.2, n: 50 };
  const bad: Record<string, unknown>[] = [
    { a: 1 },
    { a: -1 },
    { b: NaN },
    { cPrime: 1.5 },
    { b: 0.95, cPrime: 0.5 }, // 1 − b² − c′² − 2abc′ < 0
    { n: 3 },
    { n: 50.5 },
    { n: 100001 },
    { studies: 0 },
    { resamples: 0 },
    { confLevel: 0 },
    { confLevel: 1 },
    { seed: -1 },
    { seed: 2 ** 32 },
    { method: "bca" },
    { nullSimulations: "yes" },
  ];
  for (const change of bad) {
    assert.throws(
      // deno-lint-ignore no-explicit-any
      () => resolvePowerOptions({ ...good, ...change } as any),
      isOptionsError,
      JSON.stringify(change),
    );
  }
});
