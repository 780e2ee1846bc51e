import { loadRuleBase } from '@huiqi/rules-engine';
import { compileMatchPlan, evaluateRange, readColumnarRange } from '@huiqi/matching';
import { referencePolicies } from '../../bench/match-reference';
const rb = loadRuleBase(); if (!rb.ok) throw 1;
const cols = readColumnarRange('/tmp/mt/cache/p200k.bin', 0, 200000);
const date = '2026-03-01' as any;
const plan = compileMatchPlan(rb.value, referencePolicies(rb.value, date), cols.meta, { date, chunkSize: 4096 });
const ec = new Uint8Array(200000 * 20);
for (let k = 0; k < 15; k++) evaluateRange(plan, cols, ec);
