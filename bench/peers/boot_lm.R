# Bootstrap of a*b with R's boot package refitting lm() twice per resample, then
# boot.ci() percentile and BCa intervals: the way most R users write it (a peer of
# bench/run.ts). Usage: Rscript boot_lm.R FILE.csv B REPS
# Prints JSON: milliseconds of each repetition (after loading the data and packages).
suppressPackageStartupMessages({
  library(boot)
  library(jsonlite)
})
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
B <- as.integer(args[2])
reps <- as.integer(args[3])
statistic <- function(data, i) {
  s <- data[i, ]
  a <- coef(lm(m ~ x, data = s))[["x"]]
  b <- coef(lm(y ~ x + m, data = s))[["m"]]
  a * b
}
ms <- numeric(reps)
for (rep in seq_len(reps)) {
  set.seed(20140801 + rep)
  start <- proc.time()[["elapsed"]]
  out <- boot(d, statistic, R = B)
  ci <- boot.ci(out, type = c("perc", "bca"))
  ms[rep] <- (proc.time()[["elapsed"]] - start) * 1000
}
cat(toJSON(list(ms = ms, low = ci$percent[4], high = ci$percent[5],
                version = paste("R", getRversion(), "boot", packageVersion("boot"))),
           auto_unbox = TRUE, digits = NA), "\n")
