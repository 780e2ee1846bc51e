import { loadRuleBase } from '@huiqi/rules-engine';
import { compileMatchPlan, evaluateRange, readColumnarRange } from '@huiqi/matching';
import { handWrittenReference, referencePolicies } from '../../bench/match-reference';
const rb = loadRuleBase(); if (!rb.ok) throw 1;
const cols = readColumnarRange('/tmp/mt/cache/p200k.bin', 0, 200000);
const date = '2026-03-01' as any;
const refs = referencePolicies(rb.value, date);
const vat = rb.value.params.resolve('tax.small_scale_vat.exempt_monthly_sales', 'cn-gd-sz', date)!.value as number;
const hc = new Uint8Array(200000 * 20);
for (const cs of [256, 512, 1024, 4096]) {
  const plan = compileMatchPlan(rb.value, refs, cols.meta, { date, chunkSize: cs });
  const ec = new Uint8Array(200000 * 20);
  const e: number[] = [], h: number[] = [];
  for (let k = 0; k < 5; k++) {
    let t = performance.now(); evaluateRange(plan, cols, ec); e.push(performance.now() - t);
    t = performance.now(); handWrittenReference(cols, 2025, date, vat, hc); h.push(performance.now() - t);
  }
  let mm = 0; for (let i = 0; i < ec.length; i++) if (ec[i] !== hc[i]) mm++;
  console.log(cs, 'engine', e.map(x => x.toFixed(0)).join(' '), 'hand', h.map(x => x.toFixed(0)).join(' '), 'mismatch', mm);
}
