/** Latency histograms of HTTP requests by method, route pattern and status class (Prometheus). */
export const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface Series {
  counts: number[];
  sum: number;
  count: number;
}

export class HttpMetrics {
  private readonly series = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method}\u0000${route}\u0000${Math.floor(status / 100)}xx`;
    let s = this.series.get(key);
    if (!s) {
      s = { counts: LATENCY_BUCKETS_S.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    for (let i = 0; i < LATENCY_BUCKETS_S.length; i++) if (seconds <= LATENCY_BUCKETS_S[i]!) s.counts[i]!++;
    s.sum += seconds;
    s.count++;
  }

  /** Prometheus text exposition of the histogram `huiqi_http_request_duration_seconds`. */
  render(): string[] {
    const out = ['# HELP huiqi_http_request_duration_seconds HTTP request latency by route pattern', '# TYPE huiqi_http_request_duration_seconds histogram'];
    for (const [key, s] of [...this.series].sort(([a], [b]) => a.localeCompare(b))) {
      const [method, route, status] = key.split('\u0000');
      const labels = `method="${method}",route="${escapeLabel(route!)}",status="${status}"`;
      LATENCY_BUCKETS_S.forEach((le, i) => out.push(`huiqi_http_request_duration_seconds_bucket{${labels},le="${le}"} ${s.counts[i]}`));
      out.push(`huiqi_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
      out.push(`huiqi_http_request_duration_seconds_sum{${labels}} ${round(s.sum)}`);
      out.push(`huiqi_http_request_duration_seconds_count{${labels}} ${s.count}`);
    }
    return out;
  }
}

export const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
export const round = (n: number) => Math.round(n * 1e6) / 1e6;
