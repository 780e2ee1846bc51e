import { fen, type Fen, type PlainDate } from '@huiqi/kernel';
import { fakeUsccFactory } from './fake-uscc';
import { INDUSTRIES, type Industry } from './industries';
import { BUILDING_WORDS, TRADE_NAME_CHARACTERS, tradeNameFactory } from './name-words';
import { Rng, cumulativeWeights } from './prng';
import { SHENZHEN_DISTRICTS, type District } from './shenzhen-districts';
import type { QualificationTag, SyntheticEnterprise, TaxpayerType, YearlyFigures } from './synthetic-enterprise';

export interface PopulationOptions {
  seed: number;
  size: number;
  jurisdiction: 'cn-gd-sz';
  /** The latest fiscal year with figures (default 2025). */
  year?: number;
}

/** Share of 个体工商户 among the population's rows. */
export const INDIVIDUAL_BUSINESS_SHARE = 0.3;
const FIRST_REGISTRATION_YEAR = 1990;
/** 小规模纳税人 ceiling: annual taxable sales of 500万元. */
const SMALL_SCALE_CEILING_YUAN = 5_000_000;

/** Everything that is the same for every row of one population, computed once. */
export interface PopulationContext {
  seed: number;
  year: number;
  uscc: ReturnType<typeof fakeUsccFactory>;
  tradeName: ReturnType<typeof tradeNameFactory>;
  districtWeights: Float64Array;
  companyIndustryWeights: Float64Array[];
  individualIndustries: Industry[];
  individualIndustryWeights: Float64Array;
  companyYearWeights: Float64Array;
  individualYearWeights: Float64Array;
  /** One generator reseeded for every row. */
  rng: Rng;
}

export function createPopulationContext(options: PopulationOptions): PopulationContext {
  const { seed, jurisdiction } = options;
  const year = options.year ?? 2025;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (jurisdiction !== 'cn-gd-sz') throw new RangeError(`only the Shenzhen population (cn-gd-sz) is modelled, got ${jurisdiction}`);
  if (!Number.isInteger(year) || year < FIRST_REGISTRATION_YEAR + 2 || year > 2100) throw new RangeError(`year must be ${FIRST_REGISTRATION_YEAR + 2}–2100, got ${year}`);
  const factor = (d: District, code: string) => (code.startsWith('C') ? d.manufacturingFactor : code.startsWith('I') || code.startsWith('M') ? d.techFactor : code.startsWith('J') ? d.financeFactor : 1);
  const individualIndustries = INDUSTRIES.filter((i) => i.individualWeight > 0);
  const yearWeights = (growth: number) => {
    const w: number[] = [];
    // Registrations grew fast until the late 2010s (商事登记制度改革 2013) and flattened since.
    for (let y = FIRST_REGISTRATION_YEAR; y <= year; y++) w.push(Math.exp(growth * (Math.min(y, 2019) - FIRST_REGISTRATION_YEAR)) * (y > 2019 ? 0.97 ** (y - 2019) : 1));
    return cumulativeWeights(w);
  };
  return {
    seed,
    year,
    uscc: fakeUsccFactory(seed),
    tradeName: tradeNameFactory(seed),
    districtWeights: cumulativeWeights(SHENZHEN_DISTRICTS.map((d) => d.weight)),
    companyIndustryWeights: SHENZHEN_DISTRICTS.map((d) => cumulativeWeights(INDUSTRIES.map((i) => i.companyWeight * factor(d, i.code)))),
    individualIndustries,
    individualIndustryWeights: cumulativeWeights(individualIndustries.map((i) => i.individualWeight)),
    companyYearWeights: yearWeights(0.14),
    individualYearWeights: yearWeights(0.2),
    rng: new Rng(seed),
  };
}

const yuan = (x: number): Fen => fen(Math.max(0, Math.round(x)) * 100);

/** Row `index` of the population: depends only on (seed, year, index). */
export function generateEnterprise(ctx: PopulationContext, index: number): SyntheticEnterprise {
  const rng = ctx.rng.reseed(ctx.seed, index);
  const isIndividualBusiness = rng.chance(INDIVIDUAL_BUSINESS_SHARE);
  const districtIndex = rng.weighted(ctx.districtWeights);
  const district = SHENZHEN_DISTRICTS[districtIndex]!;
  const industry = isIndividualBusiness
    ? ctx.individualIndustries[rng.weighted(ctx.individualIndustryWeights)]!
    : INDUSTRIES[rng.weighted(ctx.companyIndustryWeights[districtIndex]!)]!;

  // Registration date: a year by the growth curve, a day uniform within it.
  const regYear = FIRST_REGISTRATION_YEAR + rng.weighted(isIndividualBusiness ? ctx.individualYearWeights : ctx.companyYearWeights);
  const registrationDate = dayOfYear(regYear, rng.int(0, isLeapYear(regYear) ? 365 : 364));

  // Latest year: headcount log-normal; revenue follows headcount (correlated) with its own
  // log-normal noise, so both are heavy-tailed; assets follow revenue.
  let employees: number;
  let revenueYuan: number;
  if (isIndividualBusiness) {
    employees = Math.min(80, Math.max(1, Math.round(2 * Math.exp(0.6 * rng.normal()))));
    revenueYuan = industry.revenuePerEmployeeWan * 1e4 * 0.6 * employees ** 0.9 * Math.exp(0.8 * rng.normal());
  } else {
    employees = rng.chance(0.03) ? 0 : Math.max(1, Math.round(industry.employeesMedian * Math.exp(industry.employeesSigma * rng.normal())));
    revenueYuan = rng.chance(0.04) ? 0 : industry.revenuePerEmployeeWan * 1e4 * Math.max(employees, 0.5) ** 0.95 * Math.exp(0.75 * rng.normal());
  }
  const assetsYuan =
    revenueYuan > 0
      ? revenueYuan * industry.assetsToRevenue * Math.exp(0.6 * rng.normal())
      : (employees + 1) * 50_000 * Math.exp(0.8 * rng.normal());

  // R&D: mostly none; common and larger in technology industries.
  const hasRd = !isIndividualBusiness && rng.chance(industry.rdProbability * (employees >= 3 ? 1 : 0.4));
  let rdIntensity = 0;
  let rdYuan = 0;
  if (hasRd) {
    rdIntensity = Math.min(0.9, industry.rdShare * Math.exp(0.7 * rng.normal()));
    rdYuan = revenueYuan > 0 ? revenueYuan * rdIntensity : Math.max(1, employees) * 150_000 * Math.exp(0.5 * rng.normal());
  }
  const mainShare = rng.chance(0.7) ? 1 - 0.05 * rng.float() : 0.7 + 0.25 * rng.float();

  const latest: YearlyFigures = {
    year: ctx.year,
    employees,
    revenueFen: yuan(revenueYuan),
    totalAssetsFen: yuan(assetsYuan),
    rdExpenseFen: yuan(rdYuan),
    mainBusinessRevenueFen: yuan(revenueYuan * mainShare),
  };
  const figures = [latest];
  // Earlier years (none before registration): undo plausible yearly growth.
  for (let y = ctx.year - 1; y >= Math.max(regYear, ctx.year - 2); y--) {
    const next = figures[0]!;
    const g = Math.exp(0.07 + 0.25 * rng.normal());
    const rev = next.revenueFen / 100 / g;
    figures.unshift({
      year: y,
      employees: Math.max(next.employees === 0 ? 0 : 1, Math.round(next.employees / Math.exp(0.03 + 0.12 * rng.normal()))),
      revenueFen: yuan(rev),
      totalAssetsFen: yuan(next.totalAssetsFen / 100 / Math.exp(0.05 + 0.15 * rng.normal())),
      rdExpenseFen: yuan(hasRd ? (rev > 0 ? rev * rdIntensity * Math.exp(0.2 * rng.normal()) : next.rdExpenseFen / 100 / g) : 0),
      mainBusinessRevenueFen: yuan(rev * mainShare),
    });
  }

  const taxpayerType: TaxpayerType =
    revenueYuan > SMALL_SCALE_CEILING_YUAN || rng.chance(isIndividualBusiness ? 0.02 : 0.25) ? 'GENERAL' : 'SMALL_SCALE';
  const tags = isIndividualBusiness ? [] : qualificationTags(rng, industry, employees, revenueYuan, rdYuan);

  const trade = ctx.tradeName(index);
  const name = isIndividualBusiness
    ? `深圳市${district.short}${trade}${rng.pick(industry.shopWords!)}`
    : `深圳市${trade}${rng.pick(industry.words)}${employees >= 300 && rng.chance(0.3) ? '股份有限公司' : '有限公司'}`;
  const road = `${rng.pick(district.roads)}${rng.int(1, 3999)}号`;
  const registeredAddress = isIndividualBusiness
    ? `广东省深圳市${district.name}${road}${rng.int(1, 3)}楼${rng.int(1, 30)}铺`
    : `广东省深圳市${district.name}${road}${rng.pick(TRADE_NAME_CHARACTERS)}${rng.pick(TRADE_NAME_CHARACTERS)}${rng.pick(BUILDING_WORDS)}${rng.int(1, 12)}栋${rng.int(1, 30)}${String(rng.int(1, 20)).padStart(2, '0')}室`;

  return {
    uscc: ctx.uscc(index, isIndividualBusiness),
    name,
    district: district.slug,
    districtName: district.name,
    registeredAddress,
    industryCode: industry.code,
    registrationDate,
    taxpayerType,
    isIndividualBusiness,
    tags,
    figures,
  };
}

/**
 * Tiered qualifications, rarer at each step and correlated with R&D intensity and size,
 * roughly as in Shenzhen (高新 and 科技型中小企业 around 1–2% of companies, 专精特新 well
 * under 1%, 小巨人 a few in ten thousand).
 */
function qualificationTags(rng: Rng, industry: Industry, employees: number, revenueYuan: number, rdYuan: number): QualificationTag[] {
  if (rdYuan <= 0) return [];
  const intensity = revenueYuan > 0 ? rdYuan / revenueYuan : 1;
  const techIndustry = industry.rdProbability >= 0.35;
  const tags: QualificationTag[] = [];
  if (techIndustry && intensity >= 0.03 && employees >= 5 && rng.chance(0.12)) tags.push('HIGH_TECH');
  if (employees <= 500 && revenueYuan <= 2e8 && rng.chance(techIndustry ? 0.1 : 0.02)) tags.push('TECH_SME');
  const innovative = intensity >= 0.03 && employees >= 10 && rng.chance(techIndustry ? 0.09 : 0.03);
  if (innovative) {
    tags.push('INNOVATIVE_SME');
    if (revenueYuan >= 5e6 && rng.chance(0.8)) {
      tags.push('SPECIALIZED');
      if (revenueYuan >= 3e7 && rng.chance(0.5)) tags.push('LITTLE_GIANT');
    }
  }
  return tags;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `dayIndex`-th day (0-based) of `year` — arithmetic only, as Date is too slow for millions of rows. */
export function dayOfYear(year: number, dayIndex: number): PlainDate {
  let rest = dayIndex;
  for (let m = 0; m < 12; m++) {
    const len = m === 1 && isLeapYear(year) ? 29 : MONTH_DAYS[m]!;
    if (rest < len) return `${year}-${pad2(m + 1)}-${pad2(rest + 1)}` as PlainDate;
    rest -= len;
  }
  throw new RangeError(`day ${dayIndex} is outside ${year}`);
}
