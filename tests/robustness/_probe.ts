// Run by permissions_test.ts under the reproduce task's exact permissions: tries what the
// pipeline must never do and prints one line per attempt: "<what> denied|allowed".
const attempts: Record<string, () => Promise<unknown>> = {
  "network": () => fetch("http://127.0.0.1:8081/"),
  "write outside reports": () => Deno.writeTextFile("data/probe.txt", "x"),
  "write to /tmp": () => Deno.writeTextFile("/tmp/moran-probe.txt", "x"),
  "environment": () => Promise.resolve().then(() => Deno.env.get("HOME")),
  "subprocess": () => new Deno.Command("true").output(),
  "read outside the project": () => Deno.readTextFile("/etc/hostname"),
};
for (const [what, attempt] of Object.entries(attempts)) {
  try {
    await attempt();
    console.log(`${what} allowed`);
  } catch (error) {
    console.log(`${what} ${error instanceof Deno.errors.NotCapable ? "denied" : "allowed"}`);
  }
}
