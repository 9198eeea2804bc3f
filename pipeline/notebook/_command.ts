/**
 * Small process and path helpers of the notebook tools (private to this folder).
 * @module
 */

/** Output of a finished command, as text. */
export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; a command that cannot start gives code 127. */
export async function runCommand(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CommandOutput> {
  try {
    const out = await new Deno.Command(command, { args, env, stdin: "null" }).output();
    const text = (b: Uint8Array) => new TextDecoder().decode(b);
    return { code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
  } catch (error) {
    return { code: 127, stdout: "", stderr: String(error) };
  }
}

/** The local path of a file: URL. */
export function fromFileUrl(url: URL): string {
  if (url.protocol !== "file:") throw new TypeError(`not a file URL: ${url.href}`);
  return decodeURIComponent(url.pathname);
}

/** `path` made absolute against the current folder. */
export function absolute(path: string): string {
  return path.startsWith("/") ? path : `${Deno.cwd()}/${path}`;
}

/** An absolute path without "." and ".." segments or repeated slashes. */
export function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of absolute(path).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/** The path of `target` relative to folder `from` (both made absolute first). */
export function relative(from: string, target: string): string {
  const a = normalise(from).split("/").filter(Boolean);
  const b = normalise(target).split("/").filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = a.slice(common).map(() => "..");
  return [...up, ...b.slice(common)].join("/") || ".";
}
