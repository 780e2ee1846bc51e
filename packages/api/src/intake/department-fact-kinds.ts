import { bi, err, ok, type PlainDate } from '@huiqi/kernel';
import type { DepartmentFactKind } from '@huiqi/db';
import { parseCountCell, parseDateCell, parseTextCell, parseUsccCell, parseYearCell, parseYuanCell, type FieldResult } from './field-parsers';
import { QUALIFICATION_NAMES, SHARED_FACT_COLUMNS, parseQualificationCell, parseSharedFactCell, parsePolicyIdCell, sharedFactOf } from './qualification-and-shared-facts';
import type { IntakeColumn } from './intake-columns';
import type { HeaderMap } from './resolve-header';
import type { RowError } from './row-error';

const col = (key: string, zh: string, en: string, aliases: readonly string[], required = true): IntakeColumn => ({ key, aliases: [zh, ...aliases], label: { zh, en }, required });
const USCC = col('uscc', '统一社会信用代码', 'unified social credit code', ['信用代码', '社会信用代码']);

/** 纳税信用等级 as the tax authority grades it: A, B, M, C, D. */
export const TAX_CREDIT_RATINGS = ['A', 'B', 'M', 'C', 'D'] as const;

/** A month `YYYY-MM` (or `YYYY/MM`, `YYYY.M`, `YYYY年M月`), not after the current month. */
export function parseMonthCell(text: string, today: PlainDate): FieldResult<string> {
  const m = /^(\d{4})(?:[-/.]|年)(\d{1,2})月?$/.exec(text);
  if (!m) return err(bi(`月份「${text}」格式不对，应为 YYYY-MM`, `month '${text}' is not in the form YYYY-MM`));
  const month = Number(m[2]);
  if (month < 1 || month > 12) return err(bi(`月份「${text}」不存在`, `month '${text}' does not exist`));
  const period = `${m[1]}-${String(month).padStart(2, '0')}`;
  if (period > today.slice(0, 7)) return err(bi(`月份 ${period} 晚于本月`, `month ${period} is after the current month`));
  if (period < '1949-10') return err(bi(`月份 ${period} 早于 1949-10`, `month ${period} is before 1949-10`));
  return ok(period);
}

export function parseRatingCell(text: string): FieldResult<string> {
  const t = text.toUpperCase().replace(/级$/, '');
  if ((TAX_CREDIT_RATINGS as readonly string[]).includes(t)) return ok(t);
  return err(bi(`纳税信用等级「${text}」应为 A、B、M、C 或 D`, `tax credit rating '${text}' must be A, B, M, C or D`));
}

/** A financial institution known to the platform (financial_institutions), as a loan record names it. */
export interface KnownInstitution {
  id: string;
  name: { zh: string; en: string };
}

/**
 * What the checks of a row may consult beyond the row: the policies linked to a fund (for SHARED_FACTS),
 * the known financial institutions by id and by name (for LOAN_RECORDS).
 */
export interface DepartmentFactContext {
  fundedPolicies?: ReadonlySet<string>;
  institutions?: ReadonlyMap<string, KnownInstitution>;
}

/** The institutions by id, Chinese and English name (a loan record's 贷款机构 cell may give any). */
export function institutionLookup(list: readonly KnownInstitution[]): Map<string, KnownInstitution> {
  const m = new Map<string, KnownInstitution>();
  for (const i of list) for (const k of [i.id, i.name.zh, i.name.en.toLowerCase()]) m.set(k, i);
  return m;
}

export function parseInstitutionCell(text: string, known: ReadonlyMap<string, KnownInstitution> | undefined): FieldResult<KnownInstitution> {
  const i = known?.get(text) ?? known?.get(text.replace(/\s+/g, '')) ?? known?.get(text.toLowerCase());
  return i ? ok(i) : err(bi(`贷款机构「${text}」不是平台登记的金融机构`, `lending institution '${text}' is not a financial institution known to the platform`));
}

/** A loan contract number: no spaces, at most 64 characters. */
export function parseContractCell(text: string): FieldResult<string> {
  if (/\s/.test(text)) return err(bi('贷款合同编号中不能有空格', 'a loan contract number has no spaces'));
  return parseTextCell(text, 64);
}

/** Principal in 元, more than zero (stored in fen). */
export function parsePrincipalCell(text: string): FieldResult<number> {
  const r = parseYuanCell(text);
  if (r.ok && r.value <= 0) return err(bi(`贷款本金须大于零：${text}`, `the principal must be more than zero: ${text}`));
  return r;
}

/** Term in whole months, 1 to 600. */
export function parseTermCell(text: string): FieldResult<number> {
  const t = text.replace(/个?月$/, '');
  if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > 600) return err(bi(`贷款期限「${text}」应为 1 至 600 的整数月数`, `loan term '${text}' must be a whole number of months from 1 to 600`));
  return ok(Number(t));
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '首贷']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '非首贷']);
export function parseYesNoCell(text: string): FieldResult<boolean> {
  const t = text.toUpperCase();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return err(bi(`「${text}」应为「是」或「否」`, `'${text}' must be yes (是) or no (否)`));
}

/** 信用 or 担保 (抵押, 质押 and 保证 are kinds of security). */
export function parseSecurityCell(text: string): FieldResult<'CREDIT' | 'SECURED'> {
  const t = text.replace(/贷款$/, '').toUpperCase();
  if (t === '信用' || t === 'CREDIT') return ok('CREDIT');
  if (['担保', '抵押', '质押', '保证', 'SECURED'].includes(t)) return ok('SECURED');
  return err(bi(`担保方式「${text}」应为「信用」或「担保」（抵押、质押、保证）`, `security '${text}' must be credit (信用) or secured (担保: mortgage, pledge or guarantee)`));
}

/** The contract number of a LOAN_RECORDS key (`institution:contract`; an institution id has no colon). */
export const contractOfLoanKey = (period: string) => period.slice(period.indexOf(':') + 1);

type FactValue = Record<string, string | number | boolean>;

/** What one department-fact kind's file holds: its columns, and how one row becomes (enterprise, key within the kind, value). */
export interface DepartmentFactSpec {
  columns: readonly IntakeColumn[];
  /** Text of a period (the key within the kind) in messages ("2024 年度", "2024-12", "高新技术企业"). */
  periodLabel(period: string): { zh: string; en: string };
  validate(
    cell: (key: string) => string, field: <T>(key: string, parse: (text: string) => FieldResult<T>) => T | undefined, today: PlainDate,
    problem: (key: string, message: { zh: string; en: string }) => void, ctx: DepartmentFactContext,
  ): { period: string; value: FactValue } | null;
}

/** The latest date a validity may run to (a certificate is valid for years, not centuries). */
const FAR = '2199-12-31' as PlainDate;

export const DEPARTMENT_FACT_SPECS: Readonly<Record<DepartmentFactKind, DepartmentFactSpec>> = {
  /** 社保: insured employees of one month (参保人数), from the social-insurance agency. */
  SOCIAL_SECURITY_HEADCOUNT: {
    columns: [USCC, col('month', '月份', 'month', ['参保月份', '所属期', '年月']), col('insured_employees', '参保人数', 'insured employees', ['社保参保人数', '缴费人数', '社保缴纳人数'])],
    periodLabel: (p) => ({ zh: `${p} 月`, en: p }),
    validate(_cell, field, today) {
      const period = field('month', (t) => parseMonthCell(t, today));
      const insured = field('insured_employees', parseCountCell);
      return period === undefined || insured === undefined ? null : { period, value: { insuredEmployees: insured } };
    },
  },
  /** 税务: 纳税信用等级 of one evaluation year. */
  TAX_CREDIT_RATING: {
    columns: [USCC, col('year', '评价年度', 'evaluation year', ['年度', '信用年度']), col('rating', '纳税信用等级', 'tax credit rating', ['信用等级', '评价结果'])],
    periodLabel: (p) => ({ zh: `${p} 年度`, en: `evaluation year ${p}` }),
    validate(_cell, field, today) {
      const year = field('year', (t) => parseYearCell(t, Number(today.slice(0, 4))));
      const rating = field('rating', parseRatingCell);
      return year === undefined || rating === undefined ? null : { period: String(year), value: { rating } };
    },
  },
  /**
   * 资质证书: one qualification of an enterprise (the closed list QUALIFICATION_CELLS) with its
   * certificate or registration number, its validity and who issued it. Key: the qualification.
   */
  QUALIFICATIONS: {
    columns: [
      USCC,
      col('qualification', '资质类型', 'qualification', ['资质名称', '认定类型', '资质', '证书类型']),
      col('certificate_number', '证书编号', 'certificate number', ['入库编号', '登记编号', '认定编号', '证书号', '编号']),
      col('valid_from', '有效期起', 'valid from', ['发证日期', '认定日期', '入库日期', '有效期开始日期', '生效日期']),
      col('valid_until', '有效期至', 'valid until', ['有效期止', '有效期截止日期', '到期日期', '截止日期']),
      col('issuer', '发证部门', 'issuing department', ['认定部门', '发证机关', '颁发部门', '发证单位']),
    ],
    periodLabel: (p) => QUALIFICATION_NAMES[p as keyof typeof QUALIFICATION_NAMES] ?? { zh: p, en: p },
    validate(_cell, field, today, problem) {
      const tag = field('qualification', parseQualificationCell);
      const number = field('certificate_number', (t) => (/\s/.test(t) ? err(bi('证书编号中不能有空格', 'a certificate number has no spaces')) : parseTextCell(t, 64)));
      const from = field('valid_from', (t) => parseDateCell(t, today));
      const until = field('valid_until', (t) => parseDateCell(t, FAR));
      const issuer = field('issuer', (t) => parseTextCell(t, 100));
      if (from !== undefined && until !== undefined && until < from) {
        problem('valid_until', bi(`有效期至 ${until} 早于有效期起 ${from}`, `valid until ${until} is before valid from ${from}`));
        return null;
      }
      if (tag === undefined || number === undefined || from === undefined || until === undefined || issuer === undefined) return null;
      return { period: tag, value: { certificateNumber: number, validFrom: from, validUntil: until, issuer } };
    },
  },
  /**
   * 放款记录: one loan a bank granted (for the first-loan subsidy, 深工信〔2023〕26号 第5项). Key: the lending
   * institution and its contract number, so a re-delivery updates the record. The loans feed the first-loan
   * facts with the marketplace's loans (packages/db/src/credit/first-loan-facts.ts).
   */
  LOAN_RECORDS: {
    columns: [
      USCC,
      col('institution', '贷款机构', 'lending institution', ['放款机构', '贷款银行', '放款银行', '金融机构']),
      col('contract_number', '贷款合同编号', 'loan contract number', ['合同编号', '借款合同编号', '贷款合同号', '合同号']),
      col('granted_on', '放款日期', 'grant date', ['发放日期', '贷款发放日期', '放款日']),
      col('principal_yuan', '贷款本金（元）', 'principal (yuan)', ['贷款本金', '放款金额（元）', '贷款金额（元）', '本金（元）']),
      col('term_months', '贷款期限（月）', 'term (months)', ['贷款期限', '期限（月）']),
      col('first_loan', '是否首贷', 'first loan', ['首贷', '是否首次贷款']),
      col('security', '担保方式', 'credit or secured', ['贷款方式', '信用或担保']),
    ],
    periodLabel: (p) => ({ zh: `贷款合同 ${contractOfLoanKey(p)}`, en: `loan contract ${contractOfLoanKey(p)}` }),
    validate(_cell, field, today, _problem, ctx) {
      const institution = field('institution', (t) => parseInstitutionCell(t, ctx.institutions));
      const contract = field('contract_number', parseContractCell);
      const grantedOn = field('granted_on', (t) => parseDateCell(t, today));
      const principal = field('principal_yuan', parsePrincipalCell);
      const term = field('term_months', parseTermCell);
      const first = field('first_loan', parseYesNoCell);
      const security = field('security', parseSecurityCell);
      if (institution === undefined || contract === undefined || grantedOn === undefined || principal === undefined || term === undefined || first === undefined || security === undefined) return null;
      return {
        period: `${institution.id}:${contract}`,
        value: { institutionId: institution.id, institution: institution.name.zh, contractNumber: contract, grantedOn, principalFen: principal, termMonths: term, isFirstLoan: first, security },
      };
    },
  },
  /**
   * 共享数据: the facts 免申即享 compares for one policy (数据比对), one column per fact the registry
   * does not hold (fact name or its Chinese label; amounts in 元). Key: the policy, which must be linked to a fund.
   */
  SHARED_FACTS: {
    columns: [USCC, col('policy', '政策编号', 'policy id', ['政策代码', '政策标识']), ...SHARED_FACT_COLUMNS],
    periodLabel: (p) => ({ zh: `政策「${p}」`, en: `policy ${p}` }),
    validate(cell, field, today, problem, ctx) {
      const policy = field('policy', (t) => parsePolicyIdCell(t, ctx.fundedPolicies));
      const facts: FactValue = {};
      for (const c of SHARED_FACT_COLUMNS) {
        const text = cell(c.key);
        if (text === '') continue;
        const v = parseSharedFactCell(sharedFactOf(c.key), text, today);
        if (v.ok) facts[c.key] = v.value;
        else problem(c.key, v.error);
      }
      if (Object.keys(facts).length === 0) {
        problem('policy', bi('本行没有任何共享数据（除信用代码和政策编号外的列都为空）', 'the row holds no shared fact (every column but the code and the policy is empty)'));
        return null;
      }
      return policy === undefined ? null : { period: policy, value: facts };
    },
  },
};


export const isDepartmentFactKind = (kind: string): kind is DepartmentFactKind => Object.prototype.hasOwnProperty.call(DEPARTMENT_FACT_SPECS, kind);

/** Checks one data row of a department-fact file (every problem reported): the enterprise, the period and the value. */
export function validateDepartmentFactRow(kind: DepartmentFactKind, cells: readonly string[], line: number, header: HeaderMap, today: PlainDate, ctx: DepartmentFactContext = {}):
  { ok: true; row: { line: number; uscc: string; period: string; value: FactValue } } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const cell = (key: string): string => {
    const i = header.index.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const column = (key: string) => header.header.get(key) ?? key;
  function field<T>(key: string, parse: (text: string) => FieldResult<T>): T | undefined {
    const text = cell(key);
    if (text === '') {
      errors.push({ line, column: column(key), message: bi('必填项为空', 'required value is empty') });
      return undefined;
    }
    const r = parse(text);
    if (!r.ok) {
      errors.push({ line, column: column(key), message: r.error });
      return undefined;
    }
    return r.value;
  }
  if (cells.length > header.width) {
    errors.push({ line, column: `#${header.width + 1}`, message: bi(`本行有 ${cells.length} 列，多于表头的 ${header.width} 列`, `the row has ${cells.length} cells, more than the header's ${header.width}`) });
  }
  const uscc = field('uscc', parseUsccCell);
  const problem = (key: string, message: { zh: string; en: string }) => errors.push({ line, column: column(key), message });
  const fact = DEPARTMENT_FACT_SPECS[kind].validate(cell, field, today, problem, ctx);
  if (errors.length > 0 || uscc === undefined || fact === null) {
    // in the file's column order (a kind's checks may run in another order)
    const at = new Map([...header.header].map(([key, text]) => [text, header.index.get(key) ?? Infinity]));
    return { ok: false, errors: errors.map((e, i) => ({ e, i })).sort((a, b) => (at.get(a.e.column) ?? Infinity) - (at.get(b.e.column) ?? Infinity) || a.i - b.i).map((x) => x.e) };
  }
  return { ok: true, row: { line, uscc, ...fact } };
}
