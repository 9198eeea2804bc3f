"""Vectorised NumPy bootstrap of X -> M -> Y doing what pipeline/mediate does (a peer of
bench/run.ts): all resamples of a chunk at once (an index matrix and gathered columns), the
nine sums of each resample (variables shifted by their full-sample means), the two
regressions from the centred cross-products, the four bootstrapped effects (a*b, a*b/SD_Y,
a*b*SD_X/SD_Y, a*b/c); then the jackknife (leave-one-out sums, vectorised) and the
percentile intervals of the four effects and the BC and BCa intervals of a*b.
NumPy's own generator: the draws differ from ours; only the time is compared.

Usage: python3 numpy_boot.py FILE.csv B REPS CHUNK   (FILE: header, then x,m,y per line)
Prints JSON: milliseconds of each repetition (after loading the data).
"""
import json
import sys
import time
from statistics import NormalDist

import numpy as np

PHI = NormalDist()


def effects(sx, sm, sy, sxx, sxm, sxy, smm, smy, syy, total):
    cxx, cxm, cxy = sxx - sx * sx / total, sxm - sx * sm / total, sxy - sx * sy / total
    cmm, cmy, cyy = smm - sm * sm / total, smy - sm * sy / total, syy - sy * sy / total
    f = cxm / cxx
    a, c = cxm / cxx, cxy / cxx
    b = (cmy - f * cxy) / (cmm - f * cxm)
    sdx, sdy = np.sqrt(cxx / (total - 1)), np.sqrt(cyy / (total - 1))
    ab = a * b
    return np.stack([ab, ab / sdy, ab * sdx / sdy, ab / c])


def boot(x, m, y, resamples, rng, chunk):
    n = len(x)
    draws = np.empty((4, resamples))
    for start in range(0, resamples, chunk):
        k = min(chunk, resamples - start)
        idx = rng.integers(0, n, size=(k, n))
        xs, ms, ys = x[idx], m[idx], y[idx]
        sums = [v.sum(axis=1) for v in (xs, ms, ys)]
        cross = [(u * v).sum(axis=1) for u, v in
                 ((xs, xs), (xs, ms), (xs, ys), (ms, ms), (ms, ys), (ys, ys))]
        draws[:, start:start + k] = effects(*sums, *cross, n)
    return draws


def intervals(draws, estimate, jack, level=0.95):
    tails = np.array([(1 - level) / 2, (1 + level) / 2])
    percentile = np.quantile(draws, tails, axis=1)
    z0 = PHI.inv_cdf(float(np.mean(draws[0] < estimate[0])))
    z = np.array([PHI.inv_cdf(t) for t in tails])
    bc = np.quantile(draws[0], [PHI.cdf(2 * z0 + zi) for zi in z])
    n = jack.shape[1]
    L = (n - 1) * (estimate[0] - jack[0])
    acc = np.sum(L ** 3) / (6 * np.sum(L ** 2) ** 1.5)
    bca = np.quantile(draws[0], [PHI.cdf(z0 + (z0 + zi) / (1 - acc * (z0 + zi))) for zi in z])
    return percentile, bc, bca


def main():
    path, resamples, reps, chunk = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    x, m, y = (np.ascontiguousarray(data[:, j] - data[:, j].mean()) for j in range(3))
    n = len(x)
    times = []
    for rep in range(reps):
        start = time.perf_counter()
        rng = np.random.default_rng(20140801 + rep)
        draws = boot(x, m, y, resamples, rng, chunk)
        full = [v.sum() for v in (x, m, y)] + [(u * v).sum() for u, v in
                                                ((x, x), (x, m), (x, y), (m, m), (m, y), (y, y))]
        rows = [x, m, y, x * x, x * m, x * y, m * m, m * y, y * y]
        estimate = effects(*[np.float64(s) for s in full], n)
        jack = effects(*[s - r for s, r in zip(full, rows)], n - 1)
        percentile, bc, bca = intervals(draws, estimate, jack)
        times.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"ms": times, "low": percentile[0][0], "high": percentile[1][0],
                      "bcaLow": bca[0], "version": "numpy " + np.__version__}))


if __name__ == "__main__":
    main()
