import assert from "node:assert/strict";
import fc from "fast-check";
import {
  formatBounded,
  formatCi,
  formatCount,
  formatDf,
  formatLevel,
  formatNumber,
  formatP,
  formatPText,
  MINUS,
  NOT_AVAILABLE,
  significanceMarks,
} from "../../pipeline/report/mod.ts";

Deno.test("formatP: exact to three decimals without a leading zero, < .001 below", () => {
  const cases: [number, string][] = [
    [0.0321, ".032"],
    [0.05, ".050"],
    [0.001, ".001"],
    [0.00099, "< .001"],
    [0, "< .001"],
    [1e-300, "< .001"],
    [0.4999, ".500"],
    [0.999, ".999"],
    [0.9996, "> .999"],
    [1, "> .999"],
  ];
  for (const [p, text] of cases) assert.equal(formatP(p), text, `p = ${p}`);
  assert.equal(formatP(null), NOT_AVAILABLE);
});

Deno.test("formatPText: 'p = .032', 'p < .001', 'p > .999'", () => {
  assert.equal(formatPText(0.0321), "p = .032");
  assert.equal(formatPText(0.0002), "p < .001");
  assert.equal(formatPText(1), "p > .999");
  assert.equal(formatPText(null), `p = ${NOT_AVAILABLE}`);
});

Deno.test("formatP rejects values that are not probabilities", () => {
  for (const p of [-0.01, 1.01, NaN, Infinity]) assert.throws(() => formatP(p), RangeError);
});

Deno.test("formatNumber: two decimals, U+2212 minus, no sign on a rounded zero", () => {
  assert.equal(formatNumber(0.214), "0.21");
  assert.equal(formatNumber(-0.214), "\u22120.21");
  assert.equal(formatNumber(-0.004), "0.00");
  assert.equal(formatNumber(-0), "0.00");
  assert.equal(formatNumber(12.345, 1), "12.3");
  assert.equal(formatNumber(-1234.5, 0), "\u22121235");
  assert.equal(formatNumber(3), "3.00");
  assert.equal(formatNumber(null), NOT_AVAILABLE);
  for (const x of [NaN, Infinity, -Infinity]) assert.throws(() => formatNumber(x), RangeError);
});

Deno.test("formatBounded drops the leading zero (r, alpha, beta, R²) and keeps larger values", () => {
  assert.equal(formatBounded(0.46), ".46");
  assert.equal(formatBounded(-0.05), "\u2212.05");
  assert.equal(formatBounded(0.999), "1.00");
  assert.equal(formatBounded(-1), "\u22121.00");
  assert.equal(formatBounded(1.2), "1.20"); // a standardized coefficient can exceed 1
  assert.equal(formatBounded(0.0041, 3), ".004");
  assert.equal(formatBounded(-0.001), ".00");
});

Deno.test("formatCi: '[0.08, 0.37]', bounded form, missing bounds", () => {
  assert.equal(formatCi(0.08, 0.37), "[0.08, 0.37]");
  assert.equal(formatCi(-0.12, 0.3, { bounded: true }), "[\u2212.12, .30]");
  assert.equal(formatCi(-0.0312, 0.1, { digits: 3 }), "[\u22120.031, 0.100]");
  assert.equal(formatCi(null, 0.37), `[${NOT_AVAILABLE}, 0.37]`);
  assert.equal(formatCi(null, null), NOT_AVAILABLE);
});

Deno.test("formatCount separates thousands with commas; formatDf keeps integer df", () => {
  assert.equal(formatCount(72), "72");
  assert.equal(formatCount(999), "999");
  assert.equal(formatCount(10000), "10,000");
  assert.equal(formatCount(1234567), "1,234,567");
  assert.equal(formatCount(-5000), "\u22125,000");
  assert.throws(() => formatCount(2.5), RangeError);
  assert.equal(formatDf(69), "69");
  assert.equal(formatDf(41.234), "41.23");
  assert.equal(formatDf(null), NOT_AVAILABLE);
});

Deno.test("formatLevel prints confidence levels as percentages", () => {
  assert.equal(formatLevel(0.95), "95%");
  assert.equal(formatLevel(0.9), "90%");
  assert.equal(formatLevel(0.99), "99%");
  assert.equal(formatLevel(0.975), "97.5%");
});

Deno.test("significanceMarks: *, **, *** at .05, .01, .001 (strict)", () => {
  assert.equal(significanceMarks(0.05), "");
  assert.equal(significanceMarks(0.0499), "*");
  assert.equal(significanceMarks(0.01), "*");
  assert.equal(significanceMarks(0.0099), "**");
  assert.equal(significanceMarks(0.001), "**");
  assert.equal(significanceMarks(0.00099), "***");
  assert.equal(significanceMarks(null), "");
});

Deno.test("property: negative numbers never use the hyphen-minus; bounded ones never lead with 0.", () => {
  fc.assert(
    fc.property(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 4 }),
      (x, d) => {
        const text = formatNumber(x, d);
        assert.ok(!text.includes("-"), text);
        assert.equal(text.startsWith(MINUS), Number(text.replace(MINUS, "-")) < 0, text);
        const bounded = formatBounded(x, d);
        assert.ok(!/^\u2212?0\./.test(bounded), bounded);
      },
    ),
  );
});

Deno.test("property: formatP text reads back within rounding of p", () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
      const text = formatP(p);
      if (text === "< .001") return assert.ok(p < 0.001);
      if (text === "> .999") return assert.ok(p > 0.999);
      assert.ok(Math.abs(Number("0" + text) - p) <= 0.0005 + 1e-12, `${p} -> ${text}`);
    }),
  );
});
