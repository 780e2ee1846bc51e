import { loadRuleBase } from '@huiqi/rules-engine';
import { streamPopulation, writeColumnar } from '@huiqi/testing';
import { compileMatchPlan, evaluateRange, readColumnarRange, policiesOf } from '@huiqi/matching';
import { existsSync } from 'node:fs';
const rb = loadRuleBase(); if (!rb.ok) throw 1;
const f = '/tmp/mt/cache/p200k.bin';
if (!existsSync(f)) writeColumnar(f, streamPopulation({ seed: 1, size: 200000, jurisdiction: 'cn-gd-sz' }));
const cols = readColumnarRange(f, 0, 200000);
const pols = policiesOf(rb.value, { kind: 'SYNTHETIC', count: 385, seed: 1, withRules: true });
const plan = compileMatchPlan(rb.value, pols, cols.meta, { date: '2026-03-01' as any, chunkSize: Number(process.argv[2] ?? 2048) });
console.log('nodes', plan.env.cache.size);
for (let k = 0; k < 3; k++) { const t = performance.now(); const r = evaluateRange(plan, cols); console.log((performance.now() - t).toFixed(0), 'ms', r.exactRechecks); }
