import { err, ok, parsePlainDate, SIZE_CLASS_NAMES, SME_SIZE_CLASSES, yearOf, type BilingualText, type Fen, type PlainDate, type Result, type SmeSizeClass } from '@huiqi/kernel';
import { CITE } from './citations';
import { fieldError, procurementNoteText, type ProcurementFieldProblem } from './procurement-reasons';
import { PROCUREMENT_CATEGORIES, type ProcurementCategory, type ProcurementInputError } from './types';

/** The enterprise that makes the goods, builds the works or performs the services of one item, with last year's figures. */
export interface DeclaredMaker {
  name: string;
  uscc?: string | null;
  /** Previous-year figures; null (blank) only for an enterprise founded too recently to have them. */
  employees: number | null;
  revenueFen: Fen | number | null;
  totalAssetsFen: Fen | number | null;
  /** The year the figures are for (normally the year before the declaration). */
  figuresYear?: number | null;
  size: SmeSizeClass;
}

export interface DeclarationItemInput {
  /** 标的名称 */
  name: string;
  /** 所属行业, as stated in the procurement documents. */
  industry: string;
  maker: DeclaredMaker;
}

export interface DeclarationInput {
  category: ProcurementCategory;
  /** 采购人（单位名称） */
  purchaser: string;
  /** 项目名称 */
  project: string;
  /** The declaring supplier (本公司 or the consortium). */
  supplier: { name: string; uscc?: string | null; isConsortium?: boolean };
  items: DeclarationItemInput[];
  /** Date of the declaration; the figures must be for the year before. */
  date: PlainDate | string;
}

/** The structured content of a 中小企业声明函 (财库〔2020〕46号 annex), ready to render or store. */
export interface Declaration {
  category: ProcurementCategory;
  title: string;
  purchaser: string;
  project: string;
  supplier: { name: string; uscc: string | null; isConsortium: boolean };
  date: PlainDate;
  opening: string;
  intro: string;
  lines: DeclarationLine[];
  closing: string;
  notes: string[];
  items: DeclarationItemInput[];
  warnings: BilingualText[];
  citations: string[];
}

export interface DeclarationLine {
  index: number;
  text: string;
}

const TITLE: Record<ProcurementCategory, string> = { GOODS: '中小企业声明函（货物）', WORKS: '中小企业声明函（工程）', SERVICES: '中小企业声明函（服务）' };
/** Official template wording of what is declared for each category. */
const WHAT: Record<ProcurementCategory, string> = {
  GOODS: '提供的货物全部由符合政策要求的中小企业制造',
  WORKS: '工程的施工单位全部为符合政策要求的中小企业',
  SERVICES: '服务全部由符合政策要求的中小企业承接',
};
const MAKER_ROLE: Record<ProcurementCategory, string> = { GOODS: '制造商', WORKS: '承建企业', SERVICES: '承接企业' };

/** The fixed declaration of the official template. */
export const DECLARATION_STATEMENT = '以上企业，不属于大企业的分支机构，不存在控股股东为大企业的情形，也不存在与大企业的负责人为同一人的情形。本企业对上述声明内容的真实性负责。如有虚假，将依法承担相应责任。';
export const DECLARATION_NOTES = ['从业人员、营业收入、资产总额填报上一年度数据，无上一年度数据的新成立企业可不填报。', '中型、小型、微型企业按《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）和《中小企业划型标准规定》（工信部联企业〔2011〕300号）填报。'];

/** Fen as 万元 with every significant decimal ("1234.56789"), as the template asks for 万元. */
export function fenToWanYuanText(amount: number): string {
  const whole = Math.floor(amount / 1_000_000);
  const rest = String(amount % 1_000_000).padStart(6, '0').replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

const blank = '____';

function line(category: ProcurementCategory, i: number, it: DeclarationItemInput): string {
  const m = it.maker;
  const emp = m.employees === null ? blank : String(m.employees);
  const rev = m.revenueFen === null ? blank : fenToWanYuanText(m.revenueFen);
  const assets = m.totalAssetsFen === null ? blank : fenToWanYuanText(m.totalAssetsFen);
  const industry = it.industry.endsWith('行业') ? it.industry : `${it.industry}行业`;
  return `${i}.${it.name}，属于${industry}；${MAKER_ROLE[category]}为${m.name}，从业人员${emp}人，营业收入为${rev}万元，资产总额为${assets}万元，属于${SIZE_CLASS_NAMES[m.size].zh}企业；`;
}

/**
 * Builds a supplier's 中小企业声明函 for a goods, works or services procurement from its items and
 * each maker's previous-year figures. Warns (does not refuse) when figures are for another year or blank.
 */
export function buildDeclaration(input: DeclarationInput): Result<Declaration, ProcurementInputError[]> {
  const errors: ProcurementInputError[] = [];
  const bad = (field: string, problem: ProcurementFieldProblem) => errors.push(fieldError(field, problem));
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (!PROCUREMENT_CATEGORIES.includes(input.category)) bad('category', { code: 'CATEGORY_EXPECTED' });
  if (!text(input.purchaser)) bad('purchaser', { code: 'REQUIRED', what: 'PURCHASER_NAME' });
  if (!text(input.project)) bad('project', { code: 'REQUIRED', what: 'PROJECT_NAME' });
  if (!text(input.supplier?.name)) bad('supplier.name', { code: 'REQUIRED', what: 'SUPPLIER_NAME' });
  const date = typeof input.date === 'string' ? parsePlainDate(input.date) : null;
  if (!date) bad('date', { code: 'DATE_FORMAT_EXPECTED' });
  if (!Array.isArray(input.items) || input.items.length === 0) bad('items', { code: 'ITEMS_REQUIRED' });
  const warnings: BilingualText[] = [];
  (Array.isArray(input.items) ? input.items : []).forEach((it, i) => {
    const at = `items[${i}]`;
    if (!text(it?.name)) bad(`${at}.name`, { code: 'REQUIRED', what: 'ITEM_NAME' });
    if (!text(it?.industry)) bad(`${at}.industry`, { code: 'REQUIRED', what: 'ITEM_INDUSTRY' });
    const m = it?.maker;
    if (!m || !text(m.name)) return void bad(`${at}.maker.name`, { code: 'REQUIRED', what: 'ENTERPRISE_NAME' });
    if (!(SME_SIZE_CLASSES as readonly unknown[]).includes(m.size)) {
      bad(`${at}.maker.size`, { code: 'SME_SIZE_CLASS_EXPECTED' });
    }
    for (const k of ['employees', 'revenueFen', 'totalAssetsFen'] as const) {
      const v = m[k];
      if (v !== null && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)) bad(`${at}.maker.${k}`, { code: 'FIGURE_EXPECTED' });
    }
    if (date && (m.employees === null || m.revenueFen === null || m.totalAssetsFen === null)) {
      warnings.push(procurementNoteText({ code: 'FIGURES_BLANK', item: i + 1, itemName: it.name, role: MAKER_ROLE[input.category], maker: m.name }));
    }
    if (date && m.figuresYear != null && m.figuresYear !== yearOf(date) - 1) {
      warnings.push(procurementNoteText({ code: 'FIGURES_WRONG_YEAR', item: i + 1, maker: m.name, year: m.figuresYear, expected: yearOf(date) - 1 }));
    }
  });
  if (errors.length) return err(errors);
  const c = input.category;
  const isConsortium = input.supplier.isConsortium === true;
  return ok({
    category: c,
    title: TITLE[c],
    purchaser: input.purchaser,
    project: input.project,
    supplier: { name: input.supplier.name, uscc: input.supplier.uscc ?? null, isConsortium },
    date: date!,
    opening: `本公司（联合体）郑重声明，根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定，本公司（联合体）参加${input.purchaser}的${input.project.endsWith('采购') ? input.project : `${input.project}采购`}活动，${WHAT[c]}。`,
    intro: '相关企业（含联合体中的中小企业、签订分包意向协议的中小企业）的具体情况如下：',
    lines: input.items.map((it, i) => ({ index: i + 1, text: line(c, i + 1, it) })),
    closing: DECLARATION_STATEMENT,
    notes: DECLARATION_NOTES,
    items: input.items,
    warnings,
    citations: [CITE.smeDefinition, CITE.whoseSize],
  });
}
