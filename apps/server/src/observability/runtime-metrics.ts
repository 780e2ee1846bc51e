import { constants, monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import { round } from './http-metrics';

/**
 * How long this process kept requests waiting while it was busy: the event loop's delay (sampled
 * every 10 ms by Node's histogram) and the garbage collector's pauses. A request's latency is its own
 * work plus the time the loop spent on others; when a page's median is small and its p95 large,
 * these two say whether the tail is the process (loop delay, GC) or the database.
 */
export class RuntimeMetrics {
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private readonly gc = new Map<string, { count: number; seconds: number; max: number }>();
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = GC_KINDS[(e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
      const s = this.gc.get(kind) ?? { count: 0, seconds: 0, max: 0 };
      s.count++;
      s.seconds += e.duration / 1000;
      s.max = Math.max(s.max, e.duration / 1000);
      this.gc.set(kind, s);
    }
  });

  constructor() {
    this.loop.enable();
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Prometheus lines: loop delay quantiles since the start (or the last reset), GC pauses per kind. */
  render(): string[] {
    const q = (p: number) => round(this.loop.percentile(p) / 1e9);
    return [
      '# HELP huiqi_event_loop_delay_seconds how late the event loop ran its timers (sampled every 10 ms), since start or reset',
      '# TYPE huiqi_event_loop_delay_seconds summary',
      ...[50, 90, 99].map((p) => `huiqi_event_loop_delay_seconds{quantile="${p / 100}"} ${q(p)}`),
      `huiqi_event_loop_delay_seconds_max ${round(this.loop.max / 1e9)}`,
      `huiqi_event_loop_delay_seconds_count ${this.loop.count}`,
      '# HELP huiqi_gc_pause_seconds garbage-collection pauses by kind',
      '# TYPE huiqi_gc_pause_seconds summary',
      ...[...this.gc].sort(([a], [b]) => a.localeCompare(b)).flatMap(([kind, s]) => [
        `huiqi_gc_pause_seconds_sum{kind="${kind}"} ${round(s.seconds)}`,
        `huiqi_gc_pause_seconds_count{kind="${kind}"} ${s.count}`,
        `huiqi_gc_pause_seconds_max{kind="${kind}"} ${round(s.max)}`,
      ]),
    ];
  }

  /** Starts the loop-delay histogram afresh (a benchmark measures its load window only). */
  reset(): void {
    this.loop.reset();
    this.gc.clear();
  }

  stop(): void {
    this.loop.disable();
    this.observer.disconnect();
  }
}

/** The kinds of a GC entry (perf_hooks.constants.NODE_PERFORMANCE_GC_*): scavenge, mark-sweep-compact, incremental marking, weak callbacks. */
const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
