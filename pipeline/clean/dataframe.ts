/**
 * A danfojs DataFrame of the cleaned data, for people to look at in notebooks.
 * danfojs stores numbers as float32 and has no correlation method: never compute a
 * statistic from it. It is imported lazily (about 0.5 s and TensorFlow.js), so the
 * pipeline itself never pays for it.
 * @module
 */
import type { CleanData } from "./types.ts";

/** The cleaned data as a danfojs DataFrame (id, items, demographics; NaN/null = missing). */
export async function toDataFrame(data: CleanData): Promise<unknown> {
  const dfd = await import("danfojs");
  const columns: Record<string, unknown[]> = { id: data.ids };
  for (const [name, values] of Object.entries(data.items)) columns[name] = Array.from(values);
  for (const [name, values] of Object.entries(data.numeric)) columns[name] = Array.from(values);
  for (const [name, values] of Object.entries(data.categorical)) columns[name] = values;
  return new dfd.DataFrame(columns);
}
