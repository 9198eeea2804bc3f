/**
 * `deno task bench:profile`: where a `reproduce` run spends its time, by pipeline stage,
 * from the V8 CPU profile that `deno run --cpu-prof` wrote (the newest *.cpuprofile of the
 * main thread under the folder given, default bench/out/profile). Times are sampled
 * (about 1 ms resolution) and inclusive: a stage's time includes what it calls.
 *
 * Usage: deno run --allow-read=bench/out bench/profile.ts [folder]
 * @module
 */

/** The stages reported: a label and the function names (as V8 records them) they cover. */
export const STAGES: { label: string; functions: string[] }[] = [
  { label: "module loading (CommonJS npm packages)", functions: ["Module._load"] },
  { label: "ingest", functions: ["ingest"] },
  { label: "clean", functions: ["clean"] },
  {
    label: "scores (reverse keys, scales, descriptives)",
    functions: ["reverseKey", "scoreScales", "describeScales"],
  },
  { label: "correlations", functions: ["correlate"] },
  { label: "regressions", functions: ["regress"] },
  { label: "mediation (bootstrap, intervals)", functions: ["mediate"] },
  { label: "sensitivity", functions: ["mediationSensitivity"] },
  { label: "power curve", functions: ["powerCurve"] },
  { label: "output files (CSV, JSON)", functions: ["dataFiles"] },
  // Async: after an await a stack no longer shows its caller, so charts are counted apart.
  { label: "report: HTML (besides the charts)", functions: ["renderReport"] },
  { label: "report: charts (vega)", functions: ["renderVegaLite"] },
  {
    label: "hashes, version folder, ledger",
    functions: ["sha256Hex", "writeVersion", "recordVersion", "sourceFingerprint"],
  },
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Inclusive milliseconds of each stage, and the profile's total, from a CPU profile. */
export function stageTimes(profile: CpuProfile): { label: string; ms: number }[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[k]));
  const totals = STAGES.map(() => 0);
  let total = 0;
  for (const [id, us] of self) {
    total += us;
    // Each stage counts a sample once, however deep its functions recurse.
    const hit = STAGES.map(() => false);
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      STAGES.forEach((stage, s) => {
        if (stage.functions.includes(name)) hit[s] = true;
      });
    }
    hit.forEach((h, s) => h && (totals[s] += us));
  }
  return [
    { label: "total (sampled)", ms: total / 1000 },
    ...STAGES.map((stage, s) => ({ label: stage.label, ms: totals[s] / 1000 })),
  ];
}

if (import.meta.main) {
  const folder = Deno.args[0] ?? "bench/out/profile";
  const files: { name: string; mtime: number }[] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (!entry.name.endsWith(".cpuprofile") || entry.name.includes("worker")) continue;
    const info = await Deno.stat(`${folder}/${entry.name}`);
    files.push({ name: entry.name, mtime: info.mtime?.getTime() ?? 0 });
  }
  if (files.length === 0) {
    console.error(`no .cpuprofile in ${folder}: run deno with --cpu-prof --cpu-prof-dir=${folder}`);
    Deno.exit(2);
  }
  const newest = files.sort((a, b) => b.mtime - a.mtime)[0].name;
  const profile = JSON.parse(await Deno.readTextFile(`${folder}/${newest}`)) as CpuProfile;
  console.log(`| stage (${newest}) | ms |\n|---|---:|`);
  for (const { label, ms } of stageTimes(profile)) console.log(`| ${label} | ${ms.toFixed(0)} |`);
}
