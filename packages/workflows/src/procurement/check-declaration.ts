import { err, ok, yearOf, type BilingualText, type Fen, type PlainDate, type Result, type SizeClass, type SizeSector } from '@huiqi/kernel';
import { classifySize, sizeStandardOn, type SizeOutcome } from '@huiqi/rules-engine';
import type { Declaration, DeclaredMaker } from './declaration';
import { declarationReasonText, type DeclarationReason } from './procurement-reasons';
import type { ProcurementContext } from './types';

/** An enterprise as the registry holds it: industry and yearly figures (money in fen). */
export interface RegistryEnterprise {
  name: string;
  uscc?: string | null;
  industryCode?: string | null;
  sizeSector?: SizeSector | null;
  isIndividualBusiness?: boolean;
  yearlyFigures: { year: number; employees?: number | null; revenueFen?: Fen | number | null; totalAssetsFen?: Fen | number | null }[];
}

export interface DeclarationItemCheck {
  index: number;
  itemName: string;
  makerName: string;
  declaredSize: SizeClass;
  /** Size from the registry's previous-year figures under the standard in force; null when it cannot be computed. */
  computedSize: SizeClass | null;
  /** true = same, false = mismatch, null = not checkable (not in the registry, figures missing). */
  matches: boolean | null;
  figuresYear: number;
  /** Declared figures that differ from the registry's. */
  figureDifferences: { field: 'employees' | 'revenueFen' | 'totalAssetsFen'; declared: number | null; registry: number | null }[];
  reasons: BilingualText[];
  citations: string[];
}

export interface DeclarationCheck {
  /** The contract signing date the check is made as of. */
  asOf: PlainDate;
  figuresYear: number;
  status: 'CONSISTENT' | 'MISMATCH' | 'INCOMPLETE';
  items: DeclarationItemCheck[];
  /** Items whose declared size differs from the computed one: the list for the supervising department. */
  mismatches: DeclarationItemCheck[];
}

function findEnterprise(registry: readonly RegistryEnterprise[], m: DeclaredMaker): RegistryEnterprise | undefined {
  if (m.uscc) {
    const byCode = registry.find((e) => e.uscc && e.uscc === m.uscc);
    if (byCode) return byCode;
  }
  return registry.find((e) => e.name === m.name);
}

function sizeFrom(e: RegistryEnterprise, year: number, date: PlainDate, ctx: ProcurementContext): { outcome: SizeOutcome | null; figures: RegistryEnterprise['yearlyFigures'][number] | null; reason?: DeclarationReason } {
  const figures = e.yearlyFigures.find((f) => f.year === year) ?? null;
  if (!figures) return { outcome: null, figures: null, reason: { code: 'REGISTRY_FIGURES_MISSING', enterprise: e.name, year } };
  const std = sizeStandardOn(ctx.sizeStandard, date);
  if (!std) return { outcome: null, figures, reason: { code: 'NO_SIZE_STANDARD', date } };
  const outcome = classifySize(std, ctx.industryMap, {
    sizeSector: e.sizeSector ?? undefined,
    industryCode: e.industryCode ?? undefined,
    employees: figures.employees ?? undefined,
    revenue: figures.revenueFen ?? undefined,
    totalAssets: figures.totalAssetsFen ?? undefined,
    isIndividualBusiness: e.isIndividualBusiness,
  });
  return { outcome, figures };
}

/**
 * Recomputes each declared maker's size from the registry's figures for the year before the contract
 * signing date (the size as of signing, 保障中小企业款项支付条例 Art. 3 practice) and lists the items
 * whose declared size differs. Never throws: unknown makers and missing figures make the item uncheckable.
 */
export function checkDeclaration(declared: Declaration, registry: readonly RegistryEnterprise[], date: PlainDate, ctx: ProcurementContext): DeclarationCheck {
  const year = yearOf(date) - 1;
  const items: DeclarationItemCheck[] = declared.items.map((it, i) => {
    const m = it.maker;
    const base = { index: i + 1, itemName: it.name, makerName: m.name, declaredSize: m.size as SizeClass, figuresYear: year };
    const e = findEnterprise(registry, m);
    if (!e) return { ...base, computedSize: null, matches: null, figureDifferences: [], reasons: [declarationReasonText({ code: 'MAKER_NOT_IN_REGISTRY', maker: m.name })], citations: [] };
    const { outcome, figures, reason } = sizeFrom(e, year, date, ctx);
    const figureDifferences: DeclarationItemCheck['figureDifferences'] = [];
    if (figures) {
      for (const k of ['employees', 'revenueFen', 'totalAssetsFen'] as const) {
        const reg = figures[k] ?? null;
        if (m[k] !== null && reg !== null && m[k] !== reg) figureDifferences.push({ field: k, declared: m[k], registry: reg });
      }
    }
    if (!outcome) return { ...base, computedSize: null, matches: null, figureDifferences, reasons: [declarationReasonText(reason!)], citations: [] };
    if (outcome.status !== 'CLASSIFIED') {
      const why = outcome.status === 'ERROR' ? outcome.reason : outcome.reason;
      return { ...base, computedSize: null, matches: null, figureDifferences, reasons: [why], citations: 'cites' in outcome ? outcome.cites : [] };
    }
    const matches = outcome.size === m.size;
    const declaredSize = m.size as SizeClass;
    const head = declarationReasonText(matches ? { code: 'DECLARED_SIZE_AGREES', declared: declaredSize, year } : { code: 'DECLARED_SIZE_DIFFERS', declared: declaredSize, computed: outcome.size, year });
    return { ...base, computedSize: outcome.size, matches, figureDifferences, reasons: [head, ...outcome.reasons], citations: outcome.cites };
  });
  const mismatches = items.filter((x) => x.matches === false);
  const status = mismatches.length ? 'MISMATCH' : items.some((x) => x.matches === null) ? 'INCOMPLETE' : 'CONSISTENT';
  return { asOf: date, figuresYear: year, status, items, mismatches };
}

/**
 * A declared maker from the registry: the previous year's figures before `date` and the size they give.
 * Refuses (as a value) a large enterprise, an unclassifiable one, or one without figures for that year.
 */
export function makerFromRegistry(e: RegistryEnterprise, date: PlainDate, ctx: ProcurementContext): Result<DeclaredMaker, BilingualText> {
  const year = yearOf(date) - 1;
  const { outcome, figures, reason } = sizeFrom(e, year, date, ctx);
  if (!outcome || !figures) return err(declarationReasonText(reason!));
  if (outcome.status !== 'CLASSIFIED') return err(outcome.reason);
  if (outcome.size === 'large') return err(declarationReasonText({ code: 'MAKER_IS_LARGE', enterprise: e.name, year }));
  return ok({
    name: e.name,
    uscc: e.uscc ?? null,
    employees: figures.employees ?? null,
    revenueFen: figures.revenueFen ?? null,
    totalAssetsFen: figures.totalAssetsFen ?? null,
    figuresYear: year,
    size: outcome.size,
  });
}
