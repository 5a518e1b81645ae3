// Summaries of repeated timings.

/** The value below which `q` (0–1) of `values` fall (nearest rank). */
export function percentile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

export const median = (values) => percentile(values, 0.5);

/** p50, p95 and max of `values`, rounded to 0.1 ms. */
export function spread(values) {
  const round = (v) => Math.round(v * 10) / 10;
  return {
    p50_ms: round(percentile(values, 0.5)),
    p95_ms: round(percentile(values, 0.95)),
    max_ms: round(Math.max(...values)),
    n: values.length,
  };
}
