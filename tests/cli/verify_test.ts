/**
 * `verify`: the committed canonical report must be reproduced byte for byte by this
 * code; a tampered copy must be caught.
 */
import assert from "node:assert/strict";
import { ROOT, runCli } from "../_helpers.ts";

function verify(reports: string) {
  return runCli(["verify", "--reports", reports], reports);
}

async function copyTree(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.isDirectory) await copyTree(`${from}/${entry.name}`, `${to}/${entry.name}`);
    else await Deno.copyFile(`${from}/${entry.name}`, `${to}/${entry.name}`);
  }
}

Deno.test("verify reproduces the canonical report under reports/ byte for byte", async () => {
  const result = await verify(`${ROOT}reports`);
  assert.equal(result.code, 0, result.err);
  assert.match(result.out, /reproduced byte for byte/);
});

Deno.test("verify fails with exit 1 and names the file when a committed report was altered", async () => {
  const copy = await Deno.makeTempDir({ prefix: "moran-verify-" });
  await copyTree(`${ROOT}reports`, copy);
  const ledger = JSON.parse(await Deno.readTextFile(`${copy}/versions.json`));
  const version = ledger.versions.at(-1).version;
  const path = `${copy}/${version}/scores.csv`;
  const text = await Deno.readTextFile(path);
  await Deno.writeTextFile(path, text.replace(/\d(?=\n)/, (d) => String((Number(d) + 1) % 10)));
  const result = await verify(copy);
  assert.equal(result.code, 1);
  assert.match(result.err, /reproducibility failure: .*different: scores\.csv/);
  await Deno.remove(copy, { recursive: true });
});
