import assert from "node:assert/strict";
import { POWER_HELP, powerCommand } from "../../pipeline/power/command.ts";
import { mediationPower } from "../../pipeline/power/power.ts";

/** Runs the command with console output captured. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (...a: unknown[]) => out.push(a.join(" "));
  console.error = (...a: unknown[]) => err.push(a.join(" "));
  try {
    const code = await powerCommand(args);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    console.log = log;
    console.error = error;
  }
}

Deno.test("power command prints power, both Type I errors and coverage with their MC SEs", async () => {
  const args = ["--a", "0.3", "--b", ".35", "--cprime=-0.1", "--n", "40", "--method", "sobel"];
  const { code, out, err } = await run([...args, "--studies", "200", "--seed", "9"]);
  assert.equal(code, 0);
  assert.equal(err, "");
  const r = mediationPower({
    a: 0.3,
    b: 0.35,
    cPrime: -0.1,
    n: 40,
    method: "sobel",
    studies: 200,
    seed: 9,
  });
  const line = (label: string) => out.split("\n").find((l) => l.startsWith(label))!;
  for (
    const [label, p] of [
      ["power", r.power],
      ["Type I error (a = 0", r.typeIErrorA0!],
      ["Type I error (b = 0", r.typeIErrorB0!],
      ["coverage", r.coverage!],
    ] as const
  ) {
    const [estimate, se, studies] = line(label).trim().split(/\s+/).slice(-3);
    assert.equal(estimate, p.estimate.toFixed(3), label);
    assert.equal(se, p.stdError.toFixed(3), label);
    assert.equal(studies, "200", label);
  }
  assert.match(out, /N = 40; Sobel/);
});

Deno.test("power command --help prints the usage and exits 0", async () => {
  const { code, out } = await run(["--help"]);
  assert.equal(code, 0);
  assert.equal(out, POWER_HELP);
});

Deno.test("power command exits 2 with a formatted options error for each bad input", async () => {
  const cases: [string[], RegExp][] = [
    [["--b", "0.3", "--n", "50"], /--a is required/],
    [["--a", "abc", "--b", "0.3", "--n", "50"], /--a must be a number/],
    [["--a", "0x1", "--b", "0.3", "--n", "50"], /--a must be a number/],
    [["--a", "1.2", "--b", "0.3", "--n", "50"], /option "a" is invalid/],
    [["--a", "0.3", "--b", "0.3", "--n", "3"], /--n must be a whole number/],
    [["--a", "0.3", "--b", "0.3", "--n", "50", "--method", "bca"], /not a method/],
    [["--a", "0.3", "--b", "0.3", "--n", "50", "--conf", "95"], /option "confLevel"/],
    [["--a", "0.3", "--b", "0.3", "--n", "50", "--bogus"], /unknown option/],
    [["--a", "0.3", "--b", "0.97", "--cprime", "0.4", "--n", "50"], /negative error variance/],
  ];
  for (const [args, message] of cases) {
    const { code, out, err } = await run(args);
    assert.equal(code, 2, args.join(" "));
    assert.equal(out, "");
    assert.match(err, /^error \(options\)/, args.join(" "));
    assert.match(err, message, args.join(" "));
  }
});
