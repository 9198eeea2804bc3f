/**
 * Least privilege, proven: the tasks' permissions are explicit, and under the reproduce
 * task's permissions the pipeline cannot reach the network, the environment or
 * subprocesses, nor write outside reports/.
 */
import assert from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url).pathname;
const config = JSON.parse(await Deno.readTextFile(`${ROOT}deno.json`));
const tasks: Record<string, string> = config.tasks;

/** The permission flags of a `deno run` task. */
function flags(task: string): string[] {
  return tasks[task].split(/\s+/).filter((word) => word.startsWith("--allow"));
}

Deno.test("no task runs with -A or --allow-all", () => {
  for (const [name, command] of Object.entries(tasks)) {
    assert.doesNotMatch(command, /(^|\s)(-A|--allow-all)(\s|$)/, name);
  }
});

Deno.test("reproduce and verify may read the project and write reports/ only", () => {
  for (const task of ["reproduce", "verify"]) {
    assert.deepEqual(flags(task), ["--allow-read=.", "--allow-write=reports"], task);
  }
});

Deno.test("under reproduce's permissions, network, env, subprocesses and other writes are denied", async () => {
  const result = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", ...flags("reproduce"), "tests/robustness/_probe.ts"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const lines = new TextDecoder().decode(result.stdout).trim().split("\n");
  assert.deepEqual(lines, [
    "network denied",
    "write outside reports denied",
    "write to /tmp denied",
    "environment denied",
    "subprocess denied",
    "read outside the project denied",
  ]);
});

Deno.test("reproduce with --out outside reports/ fails with exit 2 and writes nothing", async () => {
  const out = await Deno.makeTempDir({ prefix: "moran-outside-" });
  const result = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", ...flags("reproduce"), "pipeline/cli.ts", "reproduce", "--out", out],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(result.code, 2);
  assert.match(new TextDecoder().decode(result.stderr), /not allowed to read and write/);
  const written = [];
  for await (const entry of Deno.readDir(out)) written.push(entry.name);
  assert.deepEqual(written, []);
  await Deno.remove(out);
});
