import { useCallback } from 'react';
import { useApi } from '../../api/use-api';
import { fetchJurisdictions } from '../../api/jurisdictions';
import { useI18n } from '../../i18n/use-i18n';

/** Names jurisdiction ids (cn-gd-sz → 深圳市) in the current language; shows the id until the list has loaded or when unknown. */
export function useJurisdictionName(): (id: string) => string {
  const { pick } = useI18n();
  const { data } = useApi(() => fetchJurisdictions(), []);
  return useCallback(
    (id: string) => {
      const found = data?.find((j) => j.id === id);
      return found ? pick(found.name) : id;
    },
    [data, pick],
  );
}
