import type { Vocabulary, VocabularyTerm } from './publication-api';

const term = (name: string, type: VocabularyTerm['type'], values: string[] | null = null, unit: string | null = null): VocabularyTerm => ({ name, type, unit, labelZh: name, labelEn: name, values });

/** A small vocabulary of every term type, for the unit tests of the builder and the draft form. */
export const TEST_VOCABULARY: Vocabulary = {
  facts: [
    term('revenue', 'money', null, 'fen'),
    term('employees', 'number', null, 'people'),
    term('registrationDate', 'date'),
    term('isIndividualBusiness', 'bool'),
    term('taxpayerType', 'enum', ['GENERAL', 'SMALL_SCALE']),
    term('industryCode', 'text'),
    term('tags', 'set', ['HIGH_TECH', 'TECH_SME']),
  ],
  variables: [term('rdRatio', 'number', null, 'ratio')],
  parameters: [{ path: 'sz.rnd.revenue_cap', unit: 'fen', labelZh: 'revenue cap', labelEn: 'Revenue cap', value: '1000000000' }],
  comparisons: ['<', '<=', '>', '>=', '==', '!='],
};
