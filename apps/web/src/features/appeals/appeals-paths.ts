/** Paths of the appeals pages. */
export const APPEALS_PATHS = {
  mine: '/appeals/mine',
  submit: '/appeals/new',
  intake: '/appeals/intake',
  handling: '/appeals/handling',
  supervision: '/appeals/supervision',
} as const;

export function casePath(trackingNumber: string): string {
  return `/appeals/case/${encodeURIComponent(trackingNumber)}`;
}
