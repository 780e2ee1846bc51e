import { ROLE_NAMES, type VersionRef, type VersionSource } from '@huiqi/db';
import type { BilingualText } from '@huiqi/kernel';
import type { FactSource } from './enterprise-facts';

/**
 * 数据来源: where the value of one fact came from, in words an enterprise understands — the
 * department and the time its batch was received, or 企业自行填报 for the enterprise's own
 * declaration or correction. Precedence (docs/intake.md): the latest version is the current value,
 * whoever wrote it; the origin named is the writer of the version the answer read.
 */
export interface FactOrigin {
  /** SHARED: data shared for 数据比对 (e.g. a bank's loan record), named by its source. */
  by: 'DEPARTMENT' | 'ENTERPRISE' | 'OFFICER' | 'PLATFORM' | 'SHARED';
  department: BilingualText | null;
  /** When the department's batch was received (ISO instant); null for a version written in the platform. */
  receivedAt: string | null;
  label: BilingualText;
}

/** One fact read by a policy's explanation, with its origin. */
export interface PolicyDataSource {
  fact: string;
  label: BilingualText;
  origin: FactOrigin;
}

const SELF: FactOrigin = { by: 'ENTERPRISE', department: null, receivedAt: null, label: { zh: '企业自行填报', en: 'declared by the enterprise itself' } };

/** An instant as Beijing wall time, `YYYY-MM-DD HH:mm` (China keeps UTC+8 all year). */
export function beijingMinute(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The origin of a version written by a department batch or by a person in the platform. */
export function originOf(source: VersionSource): FactOrigin {
  if (source.type === 'INTAKE') {
    const at = beijingMinute(source.receivedAt);
    if (source.departmentName) {
      return { by: 'DEPARTMENT', department: source.departmentName, receivedAt: source.receivedAt, label: { zh: `${source.departmentName.zh}报送（${at} 接收）`, en: `delivered by ${source.departmentName.en} (received ${at} Beijing time)` } };
    }
    return { by: 'DEPARTMENT', department: null, receivedAt: source.receivedAt, label: { zh: `部门数据导入（${at} 接收）`, en: `departmental data import (received ${at} Beijing time)` } };
  }
  if (source.role === 'ENTERPRISE') return SELF;
  const role = source.role ? ROLE_NAMES[source.role as keyof typeof ROLE_NAMES] : undefined;
  if (role) return { by: 'OFFICER', department: null, receivedAt: null, label: { zh: `${role.zh}在平台录入`, en: `entered on the platform by a ${role.en}` } };
  return { by: 'PLATFORM', department: null, receivedAt: null, label: { zh: '平台登记数据（来源未记录）', en: 'platform registry data (source not recorded)' } };
}

/** The origin of a value shared for 数据比对 (benefit_shared_facts), named by the source recorded with it. */
export function sharedOrigin(source: string): FactOrigin {
  return { by: 'SHARED', department: null, receivedAt: null, label: { zh: source, en: source } };
}

/** The registry versions the facts were read from (declared facts are always the enterprise's own). */
export function versionRefsOf(sources: readonly FactSource[]): VersionRef[] {
  const seen = new Map<string, VersionRef>();
  for (const s of sources) {
    if (s.from === 'DECLARED' || s.from === 'DEPARTMENT') continue; // a department fact carries its source
    const ref: VersionRef = s.from === 'PROFILE' ? { kind: 'PROFILE', year: null, version: s.version } : { kind: 'FIGURES', year: s.year, version: s.version };
    seen.set(`${ref.kind}/${ref.year ?? ''}`, ref);
  }
  return [...seen.values()];
}

/** Each fact source with its origin, given who wrote the versions read. */
export function withOrigins(sources: readonly FactSource[], written: ReadonlyArray<VersionRef & { source: VersionSource }>): Array<FactSource & { origin: FactOrigin | null }> {
  const by = new Map(written.map((w) => [`${w.kind}/${w.year ?? ''}/${w.version}`, originOf(w.source)]));
  return sources.map((s) => ({
    ...s,
    origin: s.from === 'DECLARED' ? SELF : s.from === 'DEPARTMENT' ? originOf(s.source) : (by.get(s.from === 'PROFILE' ? `PROFILE//${s.version}` : `FIGURES/${s.year}/${s.version}`) ?? null),
  }));
}

interface TraceLike {
  fact?: { name: string; label: BilingualText; missing: boolean };
  children?: TraceLike[];
}
interface ExplanationLike {
  clauses: { trace: TraceLike }[];
  amount: { trace: TraceLike } | null;
  outputs: { trace: TraceLike }[];
}

/** The facts a policy's explanation read (in order of first use, each once), each with where its value came from. */
export function policyDataSources(explanation: ExplanationLike, origins: ReadonlyMap<string, FactOrigin>): PolicyDataSource[] {
  const out = new Map<string, PolicyDataSource>();
  const walk = (n: TraceLike) => {
    if (n.fact && !n.fact.missing && !out.has(n.fact.name)) {
      const origin = origins.get(n.fact.name);
      if (origin) out.set(n.fact.name, { fact: n.fact.name, label: n.fact.label, origin });
    }
    for (const c of n.children ?? []) walk(c);
  };
  for (const c of explanation.clauses) walk(c.trace);
  if (explanation.amount) walk(explanation.amount.trace);
  for (const o of explanation.outputs) walk(o.trace);
  return [...out.values()];
}
