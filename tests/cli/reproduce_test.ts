import assert from "node:assert/strict";
import { MINI_HEADER, miniStudyJson, runCli } from "../_helpers.ts";

const cli = runCli;

async function miniProject(rows: string[]): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "moran-cli-" });
  await Deno.writeTextFile(`${dir}/mini-study.json`, JSON.stringify(miniStudyJson()));
  await Deno.writeTextFile(`${dir}/mini.csv`, [MINI_HEADER, ...rows].join("\n") + "\n");
  return dir;
}

const GOOD_ROWS = Array.from(
  { length: 12 },
  (_, i) =>
    `P${i},${[1, 2, 3, 4, 5, 1, 2, 3, 4].map((v) => ((v + i) % 5) + 1).join(",")},${30 + i},f`,
);

async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    out.push(e.name);
    if (e.isDirectory) {
      out.push(...(await listTree(`${dir}/${e.name}`)).map((n) => `${e.name}/${n}`));
    }
  }
  return out.sort();
}

Deno.test("reproduce exits 0, prints the version folder last and verifies it on a re-run", async () => {
  const dir = await miniProject(GOOD_ROWS);
  const args = ["reproduce", "--study", `${dir}/mini-study.json`, "--out", `${dir}/out`];
  const first = await cli(args, dir);
  assert.equal(first.code, 0, first.err);
  const path = first.out.trim().split("\n").at(-1)!;
  assert.match(path, new RegExp(`^${dir}/out/[0-9a-f]{16}$`));
  const files = await listTree(path);
  const second = await cli(args, dir);
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, /reproduced it byte for byte/);
  assert.deepEqual(await listTree(path), files);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("reproduce with bad data exits 2 with a located message, no stack trace, no output", async () => {
  const dir = await miniProject([...GOOD_ROWS, "P99,1,2"]);
  const before = await Deno.readFile(`${dir}/mini.csv`);
  const result = await cli([
    "reproduce",
    "--study",
    `${dir}/mini-study.json`,
    "--out",
    `${dir}/out`,
  ], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /mini\.csv, row 14: wrong number of cells/);
  assert.doesNotMatch(result.err, /\bat \S+:\d+:\d+/);
  assert.deepEqual(await Deno.readFile(`${dir}/mini.csv`), before, "input unchanged");
  assert.deepEqual(await listTree(dir), ["mini-study.json", "mini.csv"], "nothing written");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("reproduce rejects unknown options and bad numbers with exit 2", async () => {
  const dir = await miniProject(GOOD_ROWS);
  for (const args of [["--colour", "red"], ["--seed", "-1"], ["--resamples", "ten"], ["--seed"]]) {
    const result = await cli(["reproduce", "--study", `${dir}/mini-study.json`, ...args], dir);
    assert.equal(result.code, 2, args.join(" "));
    assert.match(result.err, /^error \(options\)/);
  }
  await Deno.remove(dir, { recursive: true });
});

Deno.test("reproduce --help documents every option and exits 0", async () => {
  const result = await cli(["reproduce", "--help"], "/nonexistent");
  assert.equal(result.code, 0);
  for (const option of ["--study", "--data", "--out", "--seed", "--resamples"]) {
    assert.ok(result.out.includes(option), option);
  }
});

Deno.test("reproduce reports a nonexistent study or data path with exit 2", async () => {
  const dir = await miniProject(GOOD_ROWS);
  const missingStudy = await cli(["reproduce", "--study", `${dir}/nope.json`], dir);
  assert.equal(missingStudy.code, 2);
  assert.match(missingStudy.err, /nope\.json: file not found/);
  const missingData = await cli(
    ["reproduce", "--study", `${dir}/mini-study.json`, "--data", dir],
    dir,
  );
  assert.equal(missingData.code, 2);
  assert.match(missingData.err, /is a folder/);
  await Deno.remove(dir, { recursive: true });
});
