/**
 * Version ids: a content hash of everything that determines a run's output.
 * @module
 */

/** The inputs that determine the output. */
export interface VersionInputs {
  studyBytes: Uint8Array;
  dataBytes: Uint8Array;
  settings: unknown;
}

/** First 16 hex digits of SHA-256 over the inputs, each length-prefixed. */
export async function versionId(inputs: VersionInputs): Promise<string> {
  const parts = [
    inputs.studyBytes,
    inputs.dataBytes,
    new TextEncoder().encode(JSON.stringify(inputs.settings)),
  ];
  const total = parts.reduce((sum, p) => sum + p.length + 8, 0);
  const buffer = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    new DataView(buffer.buffer).setBigUint64(offset, BigInt(part.length));
    buffer.set(part, offset + 8);
    offset += part.length + 8;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}
