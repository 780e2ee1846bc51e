import { describe, expect, it } from 'vitest';
import { clauseFromText, clauseText, operatorsFor, parameterValueText, quote, valueLiteral, type Clause } from './condition-builder';
import { TEST_VOCABULARY as VOCABULARY } from './test-vocabulary';

describe('clause builder → condition text', () => {
  it('writes money in 万元 through wan_yuan() and in 元 through yuan(), exactly', () => {
    expect(clauseText({ subject: 'revenue', op: '<=', source: 'VALUE', value: '1000', moneyUnit: 'WAN_YUAN' }, VOCABULARY)).toEqual({ ok: true, text: 'revenue <= wan_yuan(1000)' });
    expect(clauseText({ subject: 'revenue', op: '<=', value: '1,500.50', moneyUnit: 'WAN_YUAN' }, VOCABULARY)).toEqual({ ok: true, text: 'revenue <= wan_yuan(1500.5)' });
    expect(clauseText({ subject: 'revenue', op: '>', value: '300000', moneyUnit: 'YUAN' }, VOCABULARY)).toEqual({ ok: true, text: 'revenue > yuan(300000)' });
    expect(clauseText({ subject: 'revenue', op: '>', value: '1,234.50', moneyUnit: 'YUAN' }, VOCABULARY)).toEqual({ ok: true, text: 'revenue > yuan(1234.5)' });
    // Yuan beyond fen cannot be written exactly: refused, never rounded.
    expect(clauseText({ subject: 'revenue', op: '>', value: '1.234', moneyUnit: 'YUAN' }, VOCABULARY)).toEqual({ ok: false, problem: 'VALUE' });
  });

  it('writes numbers, dates, flags, codes, text and set membership as the language reads them', () => {
    expect(clauseText({ subject: 'employees', op: '>=', value: ' 5 ' }, VOCABULARY)).toEqual({ ok: true, text: 'employees >= 5' });
    expect(clauseText({ subject: 'rdRatio', op: '>=', value: '0.03' }, VOCABULARY)).toEqual({ ok: true, text: 'rdRatio >= 0.03' });
    expect(clauseText({ subject: 'registrationDate', op: '<', value: '2024-01-01' }, VOCABULARY)).toEqual({ ok: true, text: "registrationDate < date('2024-01-01')" });
    expect(clauseText({ subject: 'isIndividualBusiness', op: '==', value: 'false' }, VOCABULARY)).toEqual({ ok: true, text: 'isIndividualBusiness == false' });
    expect(clauseText({ subject: 'taxpayerType', op: '!=', value: 'GENERAL' }, VOCABULARY)).toEqual({ ok: true, text: "taxpayerType != 'GENERAL'" });
    expect(clauseText({ subject: 'industryCode', op: '==', value: "C39'x" }, VOCABULARY)).toEqual({ ok: true, text: "industryCode == 'C39\\'x'" });
    expect(clauseText({ subject: 'tags', op: 'HAS', value: 'HIGH_TECH' }, VOCABULARY)).toEqual({ ok: true, text: "'HIGH_TECH' in tags" });
    expect(clauseText({ subject: 'tags', op: 'HAS_NOT', value: 'TECH_SME' }, VOCABULARY)).toEqual({ ok: true, text: "!('TECH_SME' in tags)" });
  });

  it('compares with a dated parameter of the rule base', () => {
    expect(clauseText({ subject: 'revenue', op: '<=', source: 'PARAM', param: 'sz.rnd.revenue_cap' }, VOCABULARY)).toEqual({ ok: true, text: "revenue <= param('sz.rnd.revenue_cap')" });
    expect(clauseText({ subject: 'revenue', op: '<=', source: 'PARAM', param: 'nope' }, VOCABULARY)).toEqual({ ok: false, problem: 'PARAM' });
  });

  it('names the first missing or unreadable part', () => {
    expect(clauseText({}, VOCABULARY)).toEqual({ ok: false, problem: 'SUBJECT' });
    expect(clauseText({ subject: 'revenu', op: '<=' }, VOCABULARY)).toEqual({ ok: false, problem: 'SUBJECT' });
    expect(clauseText({ subject: 'revenue' }, VOCABULARY)).toEqual({ ok: false, problem: 'OPERATOR' });
    expect(clauseText({ subject: 'taxpayerType', op: '<', value: 'GENERAL' }, VOCABULARY)).toEqual({ ok: false, problem: 'OPERATOR' });
    expect(clauseText({ subject: 'employees', op: '>=', value: '五' }, VOCABULARY)).toEqual({ ok: false, problem: 'VALUE' });
    expect(clauseText({ subject: 'registrationDate', op: '<', value: '2024-02-30' }, VOCABULARY)).toEqual({ ok: false, problem: 'VALUE' });
    expect(clauseText({ subject: 'taxpayerType', op: '==', value: 'OTHER' }, VOCABULARY)).toEqual({ ok: false, problem: 'VALUE' });
  });

  it('offers order comparisons only where the type has an order', () => {
    expect(operatorsFor('money')).toContain('<=');
    expect(operatorsFor('enum')).toEqual(['==', '!=']);
    expect(operatorsFor('bool')).toEqual(['==', '!=']);
    expect(operatorsFor('set')).toEqual(['HAS', 'HAS_NOT']);
  });

  it('shows a parameter\'s value in force: money in 万元, other units as exact decimals', () => {
    expect(parameterValueText('1000000000', 'fen', 'WAN')).toBe('1,000.00 WAN');
    expect(parameterValueText('0.03', 'ratio', 'WAN')).toBe('0.03 ratio');
    expect(parameterValueText(null, 'fen', 'WAN')).toBeNull();
  });

  it('quotes strings with the escapes of the lexer', () => {
    expect(quote("a'b\\c")).toBe("'a\\'b\\\\c'");
    expect(valueLiteral(VOCABULARY.facts[0]!, '', 'YUAN')).toBeNull();
  });
});

describe('condition text → clause builder', () => {
  const cases: [string, Clause][] = [
    ['revenue <= wan_yuan(1000)', { subject: 'revenue', op: '<=', source: 'VALUE', value: '1000', moneyUnit: 'WAN_YUAN' }],
    ['revenue > yuan(1234.5)', { subject: 'revenue', op: '>', source: 'VALUE', value: '1234.5', moneyUnit: 'YUAN' }],
    ['employees>=5', { subject: 'employees', op: '>=', source: 'VALUE', value: '5', moneyUnit: 'WAN_YUAN' }],
    ["registrationDate < date('2024-01-01')", { subject: 'registrationDate', op: '<', source: 'VALUE', value: '2024-01-01', moneyUnit: 'WAN_YUAN' }],
    ["taxpayerType == 'SMALL_SCALE'", { subject: 'taxpayerType', op: '==', source: 'VALUE', value: 'SMALL_SCALE', moneyUnit: 'WAN_YUAN' }],
    ["revenue <= param('sz.rnd.revenue_cap')", { subject: 'revenue', op: '<=', source: 'PARAM', param: 'sz.rnd.revenue_cap', moneyUnit: 'WAN_YUAN' }],
    ["'HIGH_TECH' in tags", { subject: 'tags', op: 'HAS', source: 'VALUE', value: 'HIGH_TECH' }],
    ["!('TECH_SME' in tags)", { subject: 'tags', op: 'HAS_NOT', source: 'VALUE', value: 'TECH_SME' }],
  ];

  it.each(cases)('reads %s back into the builder, and writes the same text again', (text, clause) => {
    expect(clauseFromText(text, VOCABULARY)).toEqual(clause);
    expect(clauseText(clause, VOCABULARY)).toMatchObject({ ok: true });
  });

  it('leaves to the text editor what the builder cannot write', () => {
    for (const text of [
      'revenue <= wan_yuan(1000) && employees >= 5',
      'revenue <= wan_yuan(1000.50)',
      'revenue <= 1000',
      "taxpayerType == 'OTHER'",
      'unknownFact > 3',
      "!('HIGH_TECH' in tags",
      'size_class() == \'small\'',
      '',
    ]) {
      expect(clauseFromText(text, VOCABULARY), text).toBeNull();
    }
    expect(clauseFromText('revenue <= wan_yuan(1000)', undefined)).toBeNull();
  });
});
