import type { Department, ProcurementProject } from '@huiqi/db';
import { bi } from '@huiqi/kernel';
import { checkPlanProject, type ProcurementInputError } from '@huiqi/workflows';
import type { z } from 'zod';
import { planInputOf } from './procurement-context';
import type { ReservationView } from './procurement-schemas';

/** A stored project for the client, with the reservation described in words. */
export function presentProject(p: ProcurementProject, department: Pick<Department, 'name'>) {
  const errors: ProcurementInputError[] = [];
  const checked = checkPlanProject(planInputOf(p), 0, errors);
  return {
    id: p.id,
    departmentId: p.departmentId,
    departmentName: department.name,
    year: p.year,
    code: p.code,
    name: p.name,
    category: p.category,
    budgetFen: p.budgetFen,
    suitableForSme: p.suitableForSme,
    exemption: p.exemption,
    // stored as accepted by ReservationBody; the response schema checks it again on the way out
    reservation: p.reservation as z.output<typeof ReservationView>,
    reservationMethod: p.reservationMethod,
    reservationDescription: checked?.description ?? bi('预留方式无法解读', 'reservation cannot be read'),
    reservedFen: p.reservedFen,
    smallMicroFen: p.smallMicroFen,
    version: p.version,
    updatedAt: p.updatedAt,
  };
}
