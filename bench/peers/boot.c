/*
 * The measuring stick of bench/run.ts: a plain C loop doing what pipeline/mediate's engine
 * does for X -> M -> Y, operation for operation, so that its draws are bit-identical to ours
 * (the runner checks it):
 *   - MT19937 (init_genrand(seed)), Lemire's (2019) bounded integers on [0, n);
 *   - per resample: n draws counted as byte multiplicities (with an overflow list for counts
 *     of 256 and more), one weighted pass over the mean-shifted rows (9 running sums),
 *     centring, two sweeps of the 3 x 3 cross-product matrix, the four bootstrapped effects
 *     (a*b, a*b/SD_Y, a*b*SD_X/SD_Y, a*b/c);
 *   - then the jackknife (n leave-one-out sums) and the order statistics the percentile,
 *     BC and BCa intervals need (quickselect), for each effect.
 * It is not part of the product. Build: cc -O2 -march=native -ffp-contract=off boot.c -lm
 * (contraction off: an FMA would change the rounding and the draws).
 *
 * Usage: boot FILE.csv B SEED REPS   (FILE: header line, then x,m,y per line)
 * Prints JSON: milliseconds of each repetition (resampling, and everything), and checks.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MT_N 624
#define MT_M 397

typedef struct {
  uint32_t mt[MT_N];
  int pos;
} mt_state;

static void mt_seed(mt_state *s, uint32_t seed) {
  s->mt[0] = seed;
  for (int i = 1; i < MT_N; i++) {
    s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
  }
  s->pos = MT_N;
}

static void mt_refill(mt_state *s) {
  uint32_t *mt = s->mt;
  int k;
  for (k = 0; k < MT_N - MT_M; k++) {
    uint32_t y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
    mt[k] = mt[k + MT_M] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
  }
  for (; k < MT_N - 1; k++) {
    uint32_t y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
    mt[k] = mt[k + MT_M - MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
  }
  uint32_t y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
  mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
  s->pos = 0;
}

static inline uint32_t mt_next(mt_state *s) {
  if (s->pos == MT_N) mt_refill(s);
  uint32_t z = s->mt[s->pos++];
  z ^= z >> 11;
  z ^= (z << 7) & 0x9d2c5680u;
  z ^= (z << 15) & 0xefc60000u;
  return z ^ (z >> 18);
}

/* Lemire (2019): high 32 bits of x*n, redrawing while the low bits fall below (2^32-n) mod n. */
static inline uint32_t next_index(mt_state *s, uint32_t n) {
  uint64_t m = (uint64_t)mt_next(s) * n;
  uint32_t low = (uint32_t)m;
  if (low < n) {
    uint32_t t = (uint32_t)(-n) % n;
    while (low < t) {
      m = (uint64_t)mt_next(s) * n;
      low = (uint32_t)m;
    }
  }
  return (uint32_t)(m >> 32);
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* The sweep of variable k of the 3 x 3 matrix a (the engine's sweepChecked). */
static int sweep(double *a, int k, const double *a0, const double *ref) {
  const int p = 3;
  double d = a[k * p + k], ss = a0[k * p + k];
  if (!(ss > 1e-10 * ref[k]) || !(d > 1e-10 * ss)) return 0;
  for (int i = 0; i < p; i++) {
    if (i == k) continue;
    double f = a[i * p + k] / d;
    if (f == 0) continue;
    for (int j = 0; j < p; j++)
      if (j != k) a[i * p + j] -= f * a[k * p + j];
  }
  for (int j = 0; j < p; j++) {
    if (j == k) continue;
    double v = a[k * p + j] / d;
    a[k * p + j] = v;
    a[j * p + k] = v;
  }
  a[k * p + k] = -1 / d;
  return 1;
}

/* The four effects from the sums (s: 3 sums, c: 6 cross-products) of `total` rows. */
static int effects(const double *s, const double *cr, double total, const double *ref,
                   double *out) {
  double c[9], w[9];
  int t = 0;
  for (int j = 0; j < 3; j++)
    for (int k = j; k < 3; k++, t++) {
      double v = cr[t] - (s[j] * s[k]) / total;
      c[j * 3 + k] = v;
      c[k * 3 + j] = v;
    }
  memcpy(w, c, sizeof c);
  if (!sweep(w, 0, c, ref)) return 0;
  double a = w[1], ctot = w[2];
  if (!sweep(w, 1, c, ref)) return 0;
  double b = w[5];
  double sdx = sqrt(c[0] / (total - 1)), sdy = sqrt(c[8] / (total - 1));
  double product = 1.0;
  product *= a;
  product *= b;
  double sum = 0.0;
  sum += product;
  out[0] = sum;
  out[1] = sum / sdy;
  out[2] = sum * sdx / sdy;
  out[3] = sum / ctot;
  for (int e = 0; e < 4; e++)
    if (!isfinite(out[e])) return 0;
  return 1;
}

/* k-th smallest (0-based) of v[0..n), reordering v (Hoare's quickselect). */
static double select_k(double *v, int n, int k) {
  int lo = 0, hi = n - 1;
  while (lo < hi) {
    double pivot = v[(lo + hi) >> 1];
    int i = lo, j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) {
        double t = v[i];
        v[i] = v[j];
        v[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return v[k];
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: boot FILE.csv B SEED REPS\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  if (!f) {
    perror(argv[1]);
    return 2;
  }
  int B = atoi(argv[2]), reps = atoi(argv[4]);
  uint32_t seed = (uint32_t)strtoul(argv[3], NULL, 10);
  size_t cap = 1024, n = 0;
  double *cols = malloc(3 * cap * sizeof(double));
  char line[256];
  if (!fgets(line, sizeof line, f)) return 2; /* header */
  while (fgets(line, sizeof line, f)) {
    if (n == cap) {
      cap *= 2;
      cols = realloc(cols, 3 * cap * sizeof(double));
    }
    char *p = line;
    for (int j = 0; j < 3; j++) {
      cols[3 * n + j] = strtod(p, &p);
      if (*p == ',') p++;
    }
    n++;
  }
  fclose(f);

  /* Rows shifted by the full-sample means; reference sums of squares for the sweeps. */
  double *rows = malloc(3 * n * sizeof(double)), ref[3] = {0, 0, 0};
  for (int j = 0; j < 3; j++) {
    double mean = 0;
    for (size_t i = 0; i < n; i++) mean += cols[3 * i + j];
    mean /= (double)n;
    for (size_t i = 0; i < n; i++) {
      rows[3 * i + j] = cols[3 * i + j] - mean;
      ref[j] += (cols[3 * i + j] - mean) * (cols[3 * i + j] - mean);
    }
  }
  uint8_t *counts = calloc(n, 1);
  uint32_t *overflow = malloc(1024 * sizeof(uint32_t));
  size_t overflow_cap = 1024;
  double *draws = malloc(4 * (size_t)B * sizeof(double));
  double *scratch = malloc((size_t)B * sizeof(double));
  double *resampling_ms = malloc(reps * sizeof(double)), *total_ms = malloc(reps * sizeof(double));
  int used = 0;
  double bounds[4][2], checksum = 0;

  for (int rep = 0; rep < reps; rep++) {
    double t0 = now_ms();
    mt_state st;
    mt_seed(&st, seed);
    used = 0;
    for (int r = 0; r < B; r++) {
      size_t n_over = 0;
      for (size_t d = 0; d < n; d++) {
        uint32_t i = next_index(&st, (uint32_t)n);
        if (++counts[i] == 0) {
          if (n_over == overflow_cap) overflow = realloc(overflow, (overflow_cap *= 2) * 4);
          overflow[n_over++] = i;
        }
      }
      double s0 = 0, s1 = 0, s2 = 0, c00 = 0, c01 = 0, c02 = 0, c11 = 0, c12 = 0, c22 = 0;
      for (size_t i = 0; i < n; i++) {
        double wi = counts[i];
        counts[i] = 0;
        double z0 = rows[3 * i], z1 = rows[3 * i + 1], z2 = rows[3 * i + 2];
        double v0 = wi * z0, v1 = wi * z1, v2 = wi * z2;
        s0 += v0;
        s1 += v1;
        s2 += v2;
        c00 += v0 * z0;
        c01 += v0 * z1;
        c02 += v0 * z2;
        c11 += v1 * z1;
        c12 += v1 * z2;
        c22 += v2 * z2;
      }
      double s[3] = {s0, s1, s2}, cr[6] = {c00, c01, c02, c11, c12, c22};
      for (size_t o = 0; o < n_over; o++) {
        const double *z = rows + 3 * overflow[o];
        int t = 0;
        for (int j = 0; j < 3; j++) {
          double v = 256 * z[j];
          s[j] += v;
          for (int k = j; k < 3; k++, t++) cr[t] += v * z[k];
        }
      }
      double out[4];
      if (!effects(s, cr, (double)n, ref, out)) continue;
      for (int e = 0; e < 4; e++) draws[e * (size_t)B + used] = out[e];
      used++;
    }
    double t1 = now_ms();
    /* Jackknife: the statistics without row i, from the full sums minus row i. */
    double fs[3] = {0, 0, 0}, fc[6] = {0, 0, 0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
      int t = 0;
      for (int j = 0; j < 3; j++) {
        fs[j] += rows[3 * i + j];
        for (int k = j; k < 3; k++, t++) fc[t] += rows[3 * i + j] * rows[3 * i + k];
      }
    }
    double full[4], jsum = 0;
    effects(fs, fc, (double)n, ref, full);
    for (size_t i = 0; i < n; i++) {
      double s[3], cr[6], out[4];
      int t = 0;
      for (int j = 0; j < 3; j++) {
        s[j] = fs[j] - rows[3 * i + j];
        for (int k = j; k < 3; k++, t++) cr[t] = fc[t] - rows[3 * i + j] * rows[3 * i + k];
      }
      if (effects(s, cr, (double)(n - 1), ref, out)) jsum += out[0];
    }
    /* Order statistics at 2.5% and 97.5% ((R + 1) * p, boot's norm.inter positions), and
       the count below the estimate (BC's z0), for each effect. */
    for (int e = 0; e < 4; e++) {
      memcpy(scratch, draws + e * (size_t)B, used * sizeof(double));
      int klo = (int)((used + 1) * 0.025), khi = (int)((used + 1) * 0.975);
      if (klo < 1) klo = 1;
      if (khi > used - 1) khi = used - 1;
      bounds[e][0] = select_k(scratch, used, klo - 1);
      bounds[e][1] = select_k(scratch, used, khi);
      int below = 0;
      for (int u = 0; u < used; u++) below += draws[e * (size_t)B + u] < full[e];
      checksum += below + 1e-9 * jsum;
    }
    double t2 = now_ms();
    resampling_ms[rep] = t1 - t0;
    total_ms[rep] = t2 - t0;
  }
  double sum_draws = 0;
  for (int u = 0; u < used; u++) sum_draws += draws[u];
  printf("{\"n\": %zu, \"resamples\": %d, \"used\": %d, \"sumIndirect\": %.17g, "
         "\"firstIndirect\": %.17g, \"lastIndirect\": %.17g, \"low\": %.17g, \"check\": %.17g, ",
         n, B, used, sum_draws, draws[0], draws[used - 1], bounds[0][0], checksum);
  printf("\"resamplingMs\": [");
  for (int rep = 0; rep < reps; rep++) printf("%s%.4f", rep ? ", " : "", resampling_ms[rep]);
  printf("], \"totalMs\": [");
  for (int rep = 0; rep < reps; rep++) printf("%s%.4f", rep ? ", " : "", total_ms[rep]);
  printf("]}\n");
  return 0;
}
