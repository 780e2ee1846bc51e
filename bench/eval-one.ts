/**
 * Benchmark: one enterprise evaluated against every encoded policy, with explanations (and the cited
 * article texts from the law library). Prints the median and p95 after warm-up. Not a unit test.
 *   npx tsx bench/eval-one.ts [--iterations N] [--no-explain]
 * (also `npx huiqi bench eval`)
 */
import type { PlainDate } from '@huiqi/kernel';
import { evaluateAll, factsFromJson, loadLawCitations, loadRuleBase } from '@huiqi/rules-engine';

export const BENCH_ENTERPRISE = {
  industryCode: 'C39', employees: 180, revenue: '86000000', revenueYearBefore: '74000000', revenueTwoYearsBefore: '65000000',
  totalAssets: '60000000', totalLiabilities: '27000000', mainBusinessRevenue: '80000000', mainBusinessRevenueYearBefore: '70000000',
  mainBusinessRevenueTwoYearsBefore: '62000000', rdExpense: '3100000', rdExpenseYearBefore: '2600000', rdStaff: 40,
  taxpayerType: 'GENERAL', tags: ['HIGH_TECH', 'TECH_SME'], isControlledByLargeEnterprise: false, yearsInNicheMarket: 4,
  ipClass1HighValueCount: 0, ipClass1SelfDevelopedCount: 1, ipClass1Count: 2, ipClass2Count: 3, isStrategicEmergingIndustry: true,
  specializedScore: 64, marketShare: 0.08, hasOwnBrand: true, hasInformationSystem: true, hasQualityCertification: true,
  hasRdInstitution: true, bidCategory: 'GOODS', bidPrice: '1200000', bidAllBySmallMicro: true, bidIsReservedProject: false,
  taxableIncome: '2400000', rdExpenseExpensed: '2800000', rdIntangibleCost: '300000', isFirstLoan: true,
  firstLoanFromShenzhenBank: true, firstLoanDate: '2023-02-10', firstLoanPrincipal: '3000000', firstLoanMonths: 6,
  isRegisteredTechSme: true, interestPaid: '150000', interestSubsidyBaseRatio: 0.4,
};

export async function runEvalBench(opts: { iterations: number; explain: boolean; log: (s: string) => void }): Promise<{ medianMs: number; p95Ms: number; policies: number }> {
  const law = await loadLawCitations();
  const loaded = loadRuleBase(undefined, { citations: law.index });
  if (!loaded.ok) throw new Error(`rule base does not load (${loaded.error.length} errors)`);
  const rb = loaded.value;
  const facts = factsFromJson(BENCH_ENTERPRISE, { money: 'yuan' });
  if (!facts.ok) throw new Error(JSON.stringify(facts.error));
  const opt = { date: '2023-06-01' as PlainDate, jurisdiction: 'cn-gd-sz', explain: opts.explain };
  let policies = 0;
  for (let i = 0; i < 200; i++) policies = evaluateAll(rb, facts.value, opt).length; // warm-up
  const times: number[] = [];
  for (let i = 0; i < opts.iterations; i++) {
    const t0 = performance.now();
    evaluateAll(rb, facts.value, opt);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)]!;
  const p95Ms = times[Math.floor(times.length * 0.95)]!;
  opts.log(`policies evaluated: ${policies} (of ${rb.policies.size}); explain=${opts.explain}; citations=${law.index ? 'law library' : `none (${law.note})`}`);
  opts.log(`iterations: ${opts.iterations}; median ${medianMs.toFixed(3)} ms; p95 ${p95Ms.toFixed(3)} ms; target < 5 ms`);
  return { medianMs, p95Ms, policies };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const args = process.argv.slice(2);
  const n = args.includes('--iterations') ? Number(args[args.indexOf('--iterations') + 1]) : 2000;
  await runEvalBench({ iterations: n, explain: !args.includes('--no-explain'), log: (s) => console.log(s) });
}
