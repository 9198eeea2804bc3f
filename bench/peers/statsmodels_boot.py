"""Bootstrap of a*b with a Python loop refitting statsmodels OLS twice per resample (a peer
of bench/run.ts): the way most Python users write it. Percentile interval at the end.

Usage: python3 statsmodels_boot.py FILE.csv B REPS
Prints JSON: milliseconds of each repetition (after loading the data and statsmodels).
"""
import json
import sys
import time

import numpy as np
import statsmodels
import statsmodels.api as sm


def main():
    path, resamples, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    n = data.shape[0]
    times = []
    for rep in range(reps):
        start = time.perf_counter()
        rng = np.random.default_rng(20140801 + rep)
        draws = np.empty(resamples)
        for r in range(resamples):
            d = data[rng.integers(0, n, size=n)]
            x, m, y = d[:, 0], d[:, 1], d[:, 2]
            a = sm.OLS(m, sm.add_constant(x)).fit().params[1]
            b = sm.OLS(y, sm.add_constant(np.column_stack([x, m]))).fit().params[2]
            draws[r] = a * b
        low, high = np.quantile(draws, [0.025, 0.975])
        times.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"ms": times, "low": low, "high": high,
                      "version": "statsmodels " + statsmodels.__version__}))


if __name__ == "__main__":
    main()
