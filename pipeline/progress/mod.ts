/**
 * Progress of long work: {@link progressBar} draws a bar on a terminal (stderr) for work
 * that takes more than about a second, and is silent otherwise; long-running functions
 * accept any {@link ProgressSink}.
 * @module
 */
export { progressBar } from "./progress.ts";
export type { ProgressBar, ProgressBarOptions, ProgressSink } from "./progress.ts";
