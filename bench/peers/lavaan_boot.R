# Bootstrap standard errors and percentile intervals of a*b with lavaan
# (se = "bootstrap"), as jamovi/JASP users get them (a peer of bench/run.ts).
# Usage: Rscript lavaan_boot.R FILE.csv B REPS
# Prints JSON: milliseconds of each repetition (after loading the data and lavaan).
suppressPackageStartupMessages({
  library(lavaan)
  library(jsonlite)
})
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
B <- as.integer(args[2])
reps <- as.integer(args[3])
model <- "m ~ a*x\n y ~ b*m + c*x\n ab := a*b"
ms <- numeric(reps)
for (rep in seq_len(reps)) {
  set.seed(20140801 + rep)
  start <- proc.time()[["elapsed"]]
  fit <- sem(model, data = d, se = "bootstrap", bootstrap = B)
  pe <- parameterEstimates(fit, boot.ci.type = "perc")
  ms[rep] <- (proc.time()[["elapsed"]] - start) * 1000
}
ab <- pe[pe$label == "ab", ]
cat(toJSON(list(ms = ms, low = ab$ci.lower, high = ab$ci.upper,
                version = paste("R", getRversion(), "lavaan", packageVersion("lavaan"))),
           auto_unbox = TRUE, digits = NA), "\n")
