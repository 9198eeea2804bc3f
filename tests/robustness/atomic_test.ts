/**
 * Nothing lost: a run killed at any moment leaves earlier versions intact and no half
 * version; concurrent runs both succeed and the ledger keeps every version.
 */
import assert from "node:assert/strict";
import { sha256Hex } from "../../pipeline/output/provenance.ts";
import { ROOT, runCli } from "../_helpers.ts";

/** The arguments of `run()`, for a child that the test kills. */
function reproduceArgs(out: string, extra: string[]): string[] {
  return [
    "run",
    "--quiet",
    `--allow-read=${ROOT},${out}`,
    `--allow-write=${out}`,
    "pipeline/cli.ts",
    "reproduce",
    "--out",
    out,
    ...extra,
  ];
}

function run(out: string, extra: string[]) {
  return runCli(["reproduce", "--out", out, ...extra], out);
}

/**
 * Every visible version folder is complete (each output's hash matches its manifest) and
 * every ledger entry has its folder. (A folder may briefly precede its ledger entry: the
 * next run records it.) Returns the visible versions.
 */
async function assertConsistent(out: string): Promise<string[]> {
  const ledger = JSON.parse(await Deno.readTextFile(`${out}/versions.json`));
  const recorded: string[] = ledger.versions.map((v: { version: string }) => v.version);
  const versions: string[] = [];
  for await (const e of Deno.readDir(out)) {
    if (e.isDirectory && !e.name.startsWith(".")) versions.push(e.name);
  }
  for (const version of recorded) assert.ok(versions.includes(version), `${version} recorded`);
  for (const version of versions) {
    const manifest = JSON.parse(await Deno.readTextFile(`${out}/${version}/manifest.json`));
    for (const file of manifest.outputs) {
      const bytes = await Deno.readFile(`${out}/${version}/${file.path}`);
      assert.equal(await sha256Hex(bytes), file.sha256, `${version}/${file.path}`);
    }
  }
  return versions;
}

Deno.test("a run killed with SIGKILL at any moment leaves earlier versions intact and no half version", async () => {
  const out = await Deno.makeTempDir({ prefix: "moran-kill-" });
  assert.equal((await run(out, ["--resamples", "500"])).code, 0);
  const [first] = await assertConsistent(out);
  const before = await Deno.readFile(`${out}/${first}/index.html`);
  for (const delay of [150, 400, 700, 1000, 1300]) {
    const child = new Deno.Command(Deno.execPath(), {
      args: reproduceArgs(out, ["--resamples", "20000", "--seed", String(delay)]),
      cwd: ROOT,
      stdout: "null",
      stderr: "null",
    }).spawn();
    await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      child.kill("SIGKILL");
    } catch {
      // It may have finished already: also fine.
    }
    await child.status;
    const versions = await assertConsistent(out);
    assert.ok(versions.includes(first));
    assert.deepEqual(await Deno.readFile(`${out}/${first}/index.html`), before);
  }
  // The next run records any complete version a killed run left unrecorded.
  assert.equal((await run(out, ["--resamples", "500"])).code, 0);
  const ledger = JSON.parse(await Deno.readTextFile(`${out}/versions.json`));
  assert.deepEqual(
    ledger.versions.map((v: { version: string }) => v.version).sort(),
    (await assertConsistent(out)).sort(),
  );
  await Deno.remove(out, { recursive: true });
});

Deno.test("two concurrent runs both succeed, and the ledger keeps both versions", async () => {
  const out = await Deno.makeTempDir({ prefix: "moran-concurrent-" });
  const [a, b, c] = await Promise.all([
    run(out, ["--resamples", "500", "--seed", "1"]),
    run(out, ["--resamples", "500", "--seed", "2"]),
    run(out, ["--resamples", "500", "--seed", "1"]),
  ]);
  assert.deepEqual([a.code, b.code, c.code], [0, 0, 0], a.err + b.err + c.err);
  const versions = await assertConsistent(out);
  assert.equal(versions.length, 2);
  const ledger = JSON.parse(await Deno.readTextFile(`${out}/versions.json`));
  assert.equal(ledger.versions.length, 2, "both versions recorded");
  await Deno.remove(out, { recursive: true });
});
