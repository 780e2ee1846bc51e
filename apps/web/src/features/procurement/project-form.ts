import { fenToYuanInput, parseYuanToFen } from '../../format/money';
import type { Category, Method, Project, ProjectInput, ReservedFor } from './procurement-api';

/** What the project form holds: amounts as typed yuan text. */
export interface ProjectFormValues {
  code: string;
  name: string;
  category: Category;
  budgetYuan: string;
  suitableForSme: boolean;
  exemptionReason?: string;
  exemptionArticle?: string;
  method: Method;
  reservedFor?: ReservedFor;
  lots?: { id: string; name?: string; budgetYuan: string; reservedFor: ReservedFor }[];
  smeShare?: string;
  smallMicroShare?: string;
}

export type FormProblem = { field: (string | number)[]; kind: 'AMOUNT' | 'REQUIRED' };

/** Form values → the API body, or the fields that cannot be read (the server checks the rules). */
export function projectInputFromForm(v: ProjectFormValues): { ok: true; input: ProjectInput } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const amount = (text: string | undefined, field: (string | number)[]) => {
    const r = parseYuanToFen(text ?? '');
    if (!r.ok) problems.push({ field, kind: 'AMOUNT' });
    return r.ok ? r.fen : 0;
  };
  const budgetFen = amount(v.budgetYuan, ['budgetYuan']);
  let reservation: ProjectInput['reservation'];
  switch (v.method) {
    case 'WHOLE_PROJECT':
      reservation = { method: 'WHOLE_PROJECT', reservedFor: v.reservedFor ?? 'SME' };
      break;
    case 'LOTS':
      reservation = {
        method: 'LOTS',
        lots: (v.lots ?? []).map((l, i) => ({ id: l.id?.trim() ?? '', ...(l.name?.trim() ? { name: l.name.trim() } : {}), budgetFen: amount(l.budgetYuan, ['lots', i, 'budgetYuan']), reservedFor: l.reservedFor ?? 'SME' })),
      };
      if (reservation.lots.length === 0) problems.push({ field: ['lots'], kind: 'REQUIRED' });
      break;
    case 'CONSORTIUM':
    case 'SUBCONTRACT':
      reservation = { method: v.method, smeShare: (v.smeShare ?? '').trim(), smallMicroShare: (v.smallMicroShare ?? '0').trim() || '0' };
      break;
    default:
      reservation = { method: 'NONE' };
  }
  if (!v.suitableForSme && !v.exemptionReason?.trim()) problems.push({ field: ['exemptionReason'], kind: 'REQUIRED' });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    input: {
      code: v.code.trim(),
      name: v.name.trim(),
      category: v.category,
      budgetFen,
      suitableForSme: v.suitableForSme,
      exemption: v.suitableForSme ? null : { reason: v.exemptionReason!.trim(), ...(v.exemptionArticle?.trim() ? { article: v.exemptionArticle.trim() } : {}) },
      reservation,
    },
  };
}

/** A stored project as form values (for editing). */
export function formFromProject(p: Project): ProjectFormValues {
  const r = p.reservation;
  return {
    code: p.code,
    name: p.name,
    category: p.category,
    budgetYuan: fenToYuanInput(p.budgetFen),
    suitableForSme: p.suitableForSme,
    exemptionReason: p.exemption?.reason,
    exemptionArticle: p.exemption?.article ?? undefined,
    method: r.method,
    reservedFor: r.method === 'WHOLE_PROJECT' ? r.reservedFor : undefined,
    lots: r.method === 'LOTS' ? r.lots.map((l) => ({ id: l.id, name: l.name, budgetYuan: fenToYuanInput(l.budgetFen), reservedFor: l.reservedFor })) : undefined,
    smeShare: r.method === 'CONSORTIUM' || r.method === 'SUBCONTRACT' ? String(r.smeShare) : undefined,
    smallMicroShare: r.method === 'CONSORTIUM' || r.method === 'SUBCONTRACT' ? String(r.smallMicroShare) : undefined,
  };
}
