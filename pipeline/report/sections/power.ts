/**
 * Power: the simulated power curve of the main model over N, the method in a sentence,
 * and the power at the study's own n.
 * @module
 */
import { formatBounded, formatCount, formatLevel } from "../apa.ts";
import { chartFigure } from "../charts/figure.ts";
import { powerChart, TARGET_POWER } from "../charts/power.ts";
import type { ReportContext } from "../context.ts";
import { markup, type SafeHtml } from "../html.ts";
import type { PowerCurveSummary } from "../../results/types.ts";
import { section, type SectionHead } from "./section.ts";

/** The section's id and heading. */
export const POWER: SectionHead = { id: "power", title: "Power" };

/** The reference of the joint-significance stand-in, as cited in the text and in Methods. */
export const FRITZ_2007 = "Fritz, M. S., & MacKinnon, D. P. (2007). Required sample size to " +
  "detect the mediated effect. Psychological Science, 18(3), 233–239.";

/**
 * "At this study's n = 72, power was .784 (Monte Carlo SE .018)." and where .80 is reached.
 * Powers to three decimals (they are counts out of the simulated studies), so a power just
 * below .80 never prints as .80.
 */
export function powerSentence(power: PowerCurveSummary, studyN: number): string {
  const here = power.points.find((p) => p.n === studyN);
  const out: string[] = [];
  if (here) {
    out.push(
      `At this study's n = ${formatCount(studyN)}, power was ${formatBounded(here.power, 3)} ` +
        `(Monte Carlo SE ${formatBounded(here.stdError, 3)}).`,
    );
  }
  const reached = power.points.find((p) => p.power >= TARGET_POWER);
  const target = formatBounded(TARGET_POWER);
  out.push(
    reached
      ? `Of the sizes simulated, N = ${formatCount(reached.n)} is the smallest with power of at ` +
        `least ${target} (${formatBounded(reached.power, 3)}).`
      : `None of the sizes simulated (up to N = ${
        formatCount(Math.max(...power.points.map((p) => p.n)))
      }) reaches power ${target}.`,
  );
  return out.join(" ");
}

/** The power section. */
export async function powerSection(ctx: ReportContext): Promise<SafeHtml> {
  const power = ctx.input.results.power ?? null;
  const command = markup`<p><code>deno task power</code> computes power for any design and
with the bootstrap tests themselves (percentile or bias-corrected bootstrap, or the Sobel test),
for example <code>deno task power --a 0.39 --b 0.39 --n 100 --method percentile</code>; its
<code>--help</code> lists every option.</p>`;
  if (power === null || power.points.length === 0) {
    return section(
      POWER,
      markup`<p>No power curve in the results (it is simulated for a main model with one
mediator whose standardized paths can be simulated).</p>
${command}`,
    );
  }
  const { results } = ctx.input;
  const n = results.sample.nAnalysed;
  const level = formatLevel(results.settings.confLevel);
  const alpha = formatBounded(1 - results.settings.confLevel);
  return section(
    POWER,
    markup`<p>How likely is a study of this design to detect the indirect effect? Power was
simulated for model <code>${power.model}</code> with the standardized paths observed here
(a = ${formatBounded(power.a)}, b = ${formatBounded(power.b)}, c′ = ${
      formatBounded(power.cPrime)
    }): for each sample size N, ${formatCount(power.studies)} studies were simulated (X, M and Y
normal with variance 1), and the indirect effect counted as detected when both a and b were
significant at α = ${alpha} (the joint-significance test, a fast stand-in for the ${level}
percentile bootstrap with nearly the same power; Fritz &amp; MacKinnon, 2007).</p>
<p class="finding-summary">${powerSentence(power, n)}</p>
${await chartFigure(ctx, powerChart(power, n))}
<p>Power computed from the observed estimates inherits their sampling error: it is a guide
for planning a replication, not evidence about the effect in this sample.</p>
${command}`,
  );
}
