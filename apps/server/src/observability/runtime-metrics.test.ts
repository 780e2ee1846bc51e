import { describe, expect, it } from 'vitest';
import { RuntimeMetrics } from './runtime-metrics';

describe('RuntimeMetrics', () => {
  it('names the garbage collector\'s scavenges "minor" and starts afresh on reset', async () => {
    const m = new RuntimeMetrics();
    try {
      // Short-lived allocations fill the young generation: scavenges follow; the observer reports them a little later.
      let kept = 0;
      while (!/^huiqi_gc_pause_seconds_count\{kind="minor"\} [1-9]/m.test(m.render().join('\n'))) {
        for (let i = 0; i < 100_000; i++) kept += new Array(16).fill(i).length;
        await new Promise((r) => setImmediate(r));
      }
      expect(kept).toBeGreaterThan(0);
      const lines = m.render();
      expect(lines).toContain('# TYPE huiqi_event_loop_delay_seconds summary');
      expect(lines.some((l) => /^huiqi_event_loop_delay_seconds\{quantile="0\.5"\} \d/.test(l))).toBe(true);
      expect(lines.some((l) => /kind="(?:other|undefined)"/.test(l))).toBe(false);
      m.reset();
      expect(m.render().some((l) => l.startsWith('huiqi_gc_pause_seconds_count'))).toBe(false);
    } finally {
      m.stop();
    }
  });
});
