/**
 * Writes the fixture report (and its hostile variant) for a look in a browser:
 * `deno run --allow-write=/tmp tests/report/render_fixture.ts [out.html] [hostile.html]`.
 * @module
 */
import { renderReport } from "../../pipeline/report/mod.ts";
import { fixtureInput, hostileInput } from "./fixture.ts";

if (import.meta.main) {
  const out = Deno.args[0] ?? "/tmp/report-fixture.html";
  await Deno.writeTextFile(out, await renderReport(fixtureInput()));
  if (Deno.args[1]) await Deno.writeTextFile(Deno.args[1], await renderReport(hostileInput()));
}
