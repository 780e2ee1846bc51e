import type { Database } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import type { RegistrySnapshot } from '@huiqi/matching';
import { FLAG_INDIVIDUAL_BUSINESS } from '@huiqi/testing';
import { monthDays, registryCubeSliced, type RegistryCube, type StatColumns, type StatMonth } from '@huiqi/workflows';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { registrySnapshots } from '../snapshot/registry-snapshot-service';

/**
 * The month's registry cube computed on the registry snapshot (typed columns, never enterprise
 * objects): size classes on the month's last day by the columnar size standard, one pass over the
 * rows. Kept per snapshot version and month, so an indicator page after the first costs a lookup;
 * a change from the registry change queue moves the version and the next request recomputes.
 */
const cubes = new WeakMap<RegistrySnapshot, Map<string, { version: number; seq: number; cube: Promise<RegistryCube> }>>();
const KEPT_MONTHS = 24;

/** The registry a cube was computed on: the snapshot's figure year and change-log position. */
export interface CubeSource {
  figureYear: number;
  snapshotSeq: number;
}

export async function registryCubeOf(db: Database, month: StatMonth, between: () => Promise<void> = async () => {}): Promise<RegistryCube> {
  return (await registryCubeWithSource(db, month, between)).cube;
}

/** As `registryCubeOf`, with the registry state it was computed on (stored with a release). */
export async function registryCubeWithSource(db: Database, month: StatMonth, between: () => Promise<void> = async () => {}): Promise<{ cube: RegistryCube } & CubeSource> {
  const { lastDate } = monthDays(month);
  const snapshots = registrySnapshots(db);
  const snap = await snapshots.current(lastDate, { between });
  let byMonth = cubes.get(snap);
  if (!byMonth) cubes.set(snap, (byMonth = new Map()));
  const hit = byMonth.get(month);
  if (hit && hit.version === snap.version) return { cube: await hit.cube, figureYear: snap.figureYear, snapshotSeq: hit.seq };
  const version = snap.version;
  const seq = snap.seq;
  const cube = (async () => {
    const { rb } = await getRules();
    const jurisdictionOf = (district: string, nameZh: string) => ruleJurisdictionOf(rb, district, nameZh).id;
    const size = await snapshots.sizes(snap, rb, lastDate, jurisdictionOf, { between });
    return registryCubeSliced(statColumnsOf(snap, size), month, between);
  })();
  byMonth.set(month, { version, seq, cube });
  cube.catch(() => byMonth.delete(month));
  while (byMonth.size > KEPT_MONTHS) byMonth.delete(byMonth.keys().next().value!);
  return { cube: await cube, figureYear: snap.figureYear, snapshotSeq: seq };
}

/** The snapshot's columns as the statistics kernels read them (views; the removed marks copied once). */
export function statColumnsOf(snap: RegistrySnapshot, size: Int8Array): StatColumns {
  const c = snap.columns();
  const removed = new Uint8Array(c.rowCount);
  for (let i = 0; i < c.rowCount; i++) if (snap.isRemoved(i)) removed[i] = 1;
  const latest = c.figures[0]!;
  return {
    rowCount: c.rowCount, registrationDay: c.registrationDay, district: c.district, industry: c.industry, flags: c.flags,
    individualFlag: FLAG_INDIVIDUAL_BUSINESS, figureCount: c.figureCount, employees: latest.employees, revenueFen: latest.revenueFen,
    removed, size, districts: snap.districtDictionary, industries: snap.industryDictionary,
  };
}

/** The registry snapshot the statistics of `date` read (built on first use and brought up to date; for the benchmark's build timing). */
export function statisticsSnapshot(db: Database, date: PlainDate): Promise<RegistrySnapshot> {
  return registrySnapshots(db).current(date);
}
