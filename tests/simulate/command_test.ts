import assert from "node:assert/strict";
import { simulateCommand } from "../../pipeline/simulate/mod.ts";
import { simulateText } from "./_helpers.ts";
import { loadStudy } from "../../pipeline/study/mod.ts";

/** Runs the command with console output captured. */
async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [], err: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => out.push(parts.join(" "));
  console.error = (...parts: unknown[]) => err.push(parts.join(" "));
  try {
    return { code: await simulateCommand(args), out, err };
  } finally {
    console.log = log;
    console.error = error;
  }
}

Deno.test("simulate writes the file, prints its path last, and honours --n, --seed, --no-problems", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/out.csv`;
    const { code, out, err } = await run([
      "--out",
      path,
      "--n=40",
      "--seed",
      "17",
      "--no-problems",
    ]);
    assert.equal(code, 0, err.join("\n"));
    assert.equal(out.at(-1), path);
    assert.match(out.join("\n"), /SYNTHETIC DATA/);
    const study = await loadStudy("data/study.json");
    const { text } = await simulateText(study, { n: 40, seed: 17, problems: false });
    assert.equal(await Deno.readTextFile(path), text);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("simulate --help prints the usage and returns 0", async () => {
  const { code, out } = await run(["--help"]);
  assert.equal(code, 0);
  assert.match(out.join("\n"), /--no-problems/);
});

for (
  const [what, args] of [
    ["an unknown option", ["--rows", "10"]],
    ["a missing value", ["--n"]],
    ["n = 0", ["--n", "0"]],
    ["a non-numeric n", ["--n", "ten"]],
    ["a negative seed", ["--seed", "-1"]],
    ["a seed above 2^32 − 1", ["--seed", "4294967296"]],
    ["n = 2 with problems", ["--n", "2"]],
    ["a study file that does not exist", ["--study", "no/such/study.json"]],
    ["a stray argument", ["extra"]],
  ] as const
) {
  Deno.test(`simulate returns 2 with a message on stderr for ${what}`, async () => {
    const dir = await Deno.makeTempDir();
    try {
      const { code, out, err } = await run([...args, "--out", `${dir}/x.csv`]);
      assert.equal(code, 2);
      assert.match(err.join("\n"), /^error \((options|study)\)/);
      assert.deepEqual(out, []);
      assert.deepEqual([...Deno.readDirSync(dir)], [], "nothing written");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
}

Deno.test("simulate returns 2 when the output path is a folder, and leaves no temp file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/taken.csv`);
    const { code, err } = await run(["--n", "5", "--out", `${dir}/taken.csv`]);
    assert.equal(code, 2, err.join("\n"));
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["taken.csv"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
