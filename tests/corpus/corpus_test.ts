/**
 * Runs every case of the bad-input corpus (tests/corpus/cases, made by make_corpus.ts)
 * through the command line as a user would, and checks the outcome it declares: exit 0
 * with the expected audit entries, or exit 2 with a located message — never a stack
 * trace, never exit 1, never partial output, never a modified input.
 */
import assert from "node:assert/strict";

const CASES = new URL("./cases/", import.meta.url);
const root = new URL("../../", import.meta.url).pathname;

interface CaseFile {
  description: string;
  dataArg: string | null;
  expect: { exit: number; stderr?: string[]; auditRules?: string[]; cleanedContains?: string[] };
}

async function sha256(path: string): Promise<string | null> {
  try {
    const bytes = await Deno.readFile(path);
    return Array.from(
      new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)),
      (b) => b.toString(16).padStart(2, "0"),
    ).join("");
  } catch {
    return null;
  }
}

const names: string[] = [];
for await (const entry of Deno.readDir(CASES)) if (entry.isDirectory) names.push(entry.name);
names.sort();

Deno.test(`the bad-input corpus has at least 40 cases (${names.length})`, () => {
  assert.ok(names.length >= 40);
});

interface Outcome {
  meta: CaseFile;
  dir: string;
  out: string;
  code: number;
  stdout: string;
  stderr: string;
  inputBefore: string | null;
  inputAfter: string | null;
}

/** Runs one case through the command line (cases run a few at a time, then are checked). */
async function runCase(name: string): Promise<Outcome> {
  const dir = `tests/corpus/cases/${name}`;
  const meta: CaseFile = JSON.parse(await Deno.readTextFile(`${root}${dir}/case.json`));
  const hasStudy = await sha256(`${root}${dir}/study.json`) !== null;
  const out = await Deno.makeTempDir({ prefix: `corpus-${name}-` });
  const args = [
    "run",
    "--quiet",
    `--allow-read=${root},${out}`,
    `--allow-write=${out}`,
    "pipeline/cli.ts",
    "reproduce",
  ];
  args.push("--study", hasStudy ? `${dir}/study.json` : "tests/corpus/mini-study.json");
  if (!hasStudy) args.push("--data", meta.dataArg ?? `${dir}/data.csv`);
  args.push("--out", `${out}/reports`, "--resamples", "200");
  const inputBefore = await sha256(`${root}${dir}/data.csv`);
  const result = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    meta,
    dir,
    out,
    code: result.code,
    stdout: new TextDecoder().decode(result.stdout),
    stderr: new TextDecoder().decode(result.stderr),
    inputBefore,
    inputAfter: await sha256(`${root}${dir}/data.csv`),
  };
}

const outcomes = new Map<string, Promise<Outcome>>();
const CONCURRENCY = 3;
{
  const queue = [...names];
  const lanes = Array.from({ length: CONCURRENCY }, async () => {
    while (queue.length > 0) {
      const name = queue.shift()!;
      const outcome = runCase(name);
      outcomes.set(name, outcome);
      await outcome.catch(() => {});
    }
  });
  // Start every lane now; each test below awaits its own case.
  Promise.all(lanes);
}

for (const name of names) {
  const meta: CaseFile = JSON.parse(
    await Deno.readTextFile(`${root}tests/corpus/cases/${name}/case.json`),
  );
  Deno.test(`corpus ${name}: ${meta.description} → exit ${meta.expect.exit}`, async () => {
    while (!outcomes.has(name)) await new Promise((resolve) => setTimeout(resolve, 20));
    const { code, stdout, stderr, out, inputBefore, inputAfter } = await outcomes.get(name)!;
    try {
      assert.equal(code, meta.expect.exit, `exit ${code}\n${stderr}`);
      assert.doesNotMatch(stderr, /^\s+at .+:\d+:\d+\)?$/m, "no stack trace");
      assert.equal(inputAfter, inputBefore, "input unchanged");
      if (meta.expect.exit === 2) {
        for (const pattern of meta.expect.stderr ?? []) assert.match(stderr, new RegExp(pattern));
        assert.match(stderr, /^error \(/);
        const written = [];
        for await (const entry of Deno.readDir(out)) written.push(entry.name);
        assert.deepEqual(written, [], "nothing written on failure");
      } else {
        const folder = stdout.trim().split("\n").at(-1)!;
        const audit = await Deno.readTextFile(`${folder}/audit.csv`);
        for (const rule of meta.expect.auditRules ?? []) {
          assert.ok(audit.includes(`,${rule}\n`), rule);
        }
        const cleaned = await Deno.readTextFile(`${folder}/cleaned.csv`);
        for (const text of meta.expect.cleanedContains ?? []) {
          assert.ok(cleaned.includes(text), text);
        }
      }
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  });
}
