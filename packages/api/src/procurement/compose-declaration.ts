import { getEnterprise, getFigures, getProcurementProject, type Database, type User } from '@huiqi/db';
import { bi, parsePlainDate, SIZE_SECTOR_NAMES, sizeClassLabel, today, type BilingualText, type PlainDate, type SizeClass } from '@huiqi/kernel';
import { sectorOfIndustry, type RuleBase } from '@huiqi/rules-engine';
import { buildDeclaration, checkDeclaration, makerFromRegistry, type Declaration, type DeclarationCheck, type RegistryEnterprise } from '@huiqi/workflows';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { invalidInput, loadDepartment } from './procurement-context';
import type { DeclarationRequest } from './procurement-schemas';

export interface ComposedDeclaration {
  declaration: Declaration;
  check: DeclarationCheck;
  projectId: string | null;
  purchaserDepartmentId: string | null;
  computedSize: SizeClass | null;
  warnings: BilingualText[];
}

/** An enterprise as the procurement checks read the registry: profile and every year's figures. */
export async function registryEnterprise(db: Database, enterprise: { uscc: string; name: string; industryCode: string; isIndividualBusiness: boolean }): Promise<RegistryEnterprise> {
  return {
    name: enterprise.name,
    uscc: enterprise.uscc,
    industryCode: enterprise.industryCode,
    isIndividualBusiness: enterprise.isIndividualBusiness,
    yearlyFigures: (await getFigures(db, enterprise.uscc)).map((f) => ({ year: f.year, employees: f.employees, revenueFen: f.revenueFen, totalAssetsFen: f.totalAssetsFen })),
  };
}

const bad = (zh: string, en: string) => new AppError('VALIDATION_FAILED', { message: { zh, en } });

function itemNames(raw: string | string[] | undefined): string[] | null {
  if (raw === undefined) return null;
  const list = Array.isArray(raw) ? raw : raw.split(/[,，、\n]/);
  const names = list.map((s) => s.trim()).filter((s) => s !== '');
  return names.length ? names : null;
}

/**
 * The logged-in enterprise's 中小企业声明函 from its registry data: its previous-year figures and
 * the size they give (300号), every item performed by itself. A declared `size` different from the
 * computed one is kept but flagged (check MISMATCH plus a warning). Refuses a large enterprise or
 * one without previous-year figures (422), with the reason.
 */
export async function composeDeclaration(db: Database, rb: RuleBase, user: User, q: z.infer<typeof DeclarationRequest>): Promise<ComposedDeclaration> {
  const uscc = user.uscc!;
  const enterprise = await getEnterprise(db, uscc);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND');
  const date: PlainDate | null = q.date ? parsePlainDate(q.date) : today();
  if (!date) throw bad(`日期「${q.date}」须为 YYYY-MM-DD`, `The date "${q.date}" must be YYYY-MM-DD`);

  const project = q.project ? await getProcurementProject(db, q.project) : null;
  if (q.project && !project) throw new AppError('PROCUREMENT_PROJECT_NOT_FOUND', { message: { zh: `未找到采购项目 ${q.project}`, en: `No procurement project ${q.project}` } });
  const department = project ? await loadDepartment(db, project.departmentId) : null;
  if (project && q.category && q.category !== project.category) {
    throw bad(`该项目的采购类别为 ${project.category}，与所选 ${q.category} 不一致`, `The project is ${project.category}, not ${q.category}`);
  }
  const category = q.category ?? project?.category;
  if (!category) throw bad('请选择采购类别（货物、工程或服务）', 'Choose the category (goods, works or services)');
  const projectName = project?.name ?? q.projectName;
  const purchaser = department?.name.zh ?? q.purchaser;
  if (!projectName || !purchaser) throw bad('请选择已登记的采购项目，或填写项目名称和采购人', 'Choose a registered project, or give the project name and the purchaser');

  const registry = await registryEnterprise(db, enterprise);
  const maker = makerFromRegistry(registry, date, rb);
  if (!maker.ok) {
    throw new AppError('PROCUREMENT_DECLARATION_NOT_POSSIBLE', { message: { zh: `无法生成中小企业声明函：${maker.error.zh}`, en: `Cannot make the SME declaration: ${maker.error.en}` } });
  }
  const computed = maker.value.size;
  const declaredSize = q.size ?? computed;
  const sector = sectorOfIndustry(rb.industryMap, enterprise.industryCode);
  const industry = q.industry ?? (sector.ok && sector.value.kind === 'SECTOR' ? SIZE_SECTOR_NAMES[sector.value.sector].zh : SIZE_SECTOR_NAMES.OTHER.zh);
  const names = itemNames(q.items) ?? [projectName];
  const built = buildDeclaration({
    category,
    purchaser,
    project: projectName,
    supplier: { name: enterprise.name, uscc: enterprise.uscc },
    items: names.map((name) => ({ name, industry, maker: { ...maker.value, size: declaredSize } })),
    date,
  });
  if (!built.ok) throw invalidInput(built.error);
  const check = checkDeclaration(built.value, [registry], date, rb);
  const warnings = [...built.value.warnings];
  if (declaredSize !== computed) {
    warnings.unshift(
      bi(
        `声明的企业规模（${sizeClassLabel(declaredSize).zh}企业）与按 ${maker.value.figuresYear} 年登记数据计算的规模（${sizeClassLabel(computed).zh}企业）不一致；虚假声明须依法承担责任，出具后该声明函将列入中小企业主管部门的核查清单`,
        `The declared size (${declaredSize}) differs from the size the registry's ${maker.value.figuresYear} figures give (${computed}); a false declaration carries legal liability, and once issued this declaration will be listed for the SME bureau's check`,
      ),
    );
  }
  return { declaration: built.value, check, projectId: project?.id ?? null, purchaserDepartmentId: department?.id ?? null, computedSize: computed, warnings };
}

/** The check as the client sees it: status, the sizes, the reasons of the first differing (or first) item. */
export function presentCheck(check: DeclarationCheck) {
  const item = check.mismatches[0] ?? check.items[0];
  return {
    status: check.status,
    figuresYear: check.figuresYear,
    declaredSize: item?.declaredSize ?? '',
    computedSize: item?.computedSize ?? null,
    reasons: item?.reasons ?? [],
    citations: item?.citations ?? [],
  };
}
