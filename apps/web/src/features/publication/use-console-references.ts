import { useMemo } from 'react';
import { fetchJurisdictions } from '../../api/jurisdictions';
import { fetchDepartments } from '../../api/departments';
import type { Department, Jurisdiction } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { districtOptions } from '../officer/district-options';
import { fetchVocabulary, type Vocabulary } from './publication-api';

export interface ConsoleReferences {
  /** Undefined while loading and when the server cannot give it (conditions are then written as text). */
  vocabulary: Vocabulary | undefined;
  isLoading: boolean;
  /** The user's own jurisdiction and everything below it: where a policy of theirs may apply. */
  jurisdictions: { value: string; label: string }[];
  jurisdictionName(id: string): string;
  departmentName(id: string): string;
}

/** What the console's pages look up: the condition vocabulary (unless `withVocabulary` is false), jurisdictions and department names. */
export function useConsoleReferences(scope: string | undefined, withVocabulary = true): ConsoleReferences {
  const { pick } = useI18n();
  const vocabulary = useApi(() => (withVocabulary ? fetchVocabulary().catch(() => undefined) : Promise.resolve(undefined)), [withVocabulary]);
  const jurisdictions = useApi(() => fetchJurisdictions().catch(() => [] as Jurisdiction[]), []);
  const departments = useApi(() => fetchDepartments().catch(() => [] as Department[]), []);
  return useMemo(() => {
    const all = jurisdictions.data ?? [];
    const own = all.find((j) => j.id === scope);
    const mine = scope ? [...(own ? [own] : []), ...districtOptions(all, scope).filter((j) => j.id !== scope)] : [];
    const byId = new Map(all.map((j) => [j.id, j]));
    const depts = new Map((departments.data ?? []).map((d) => [d.id, d]));
    return {
      vocabulary: vocabulary.data,
      isLoading: vocabulary.isLoading || jurisdictions.isLoading,
      jurisdictions: mine.map((j) => ({ value: j.id, label: pick(j.name) })),
      jurisdictionName: (id: string) => {
        const j = byId.get(id);
        return j ? pick(j.name) : id;
      },
      departmentName: (id: string) => {
        const d = depts.get(id);
        return d ? pick(d.name) : id;
      },
    };
  }, [vocabulary.data, vocabulary.isLoading, jurisdictions.data, jurisdictions.isLoading, departments.data, scope, pick]);
}
