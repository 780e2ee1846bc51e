/** Paths of the policy authoring console (政策发布) and the public 惠企政策清单. */
export const PUBLICATION_PATHS = {
  console: '/console/policies',
  create: '/console/policies/new',
  publicList: '/public/policies',
} as const;

export function draftPath(id: string): string {
  return `${PUBLICATION_PATHS.console}/${encodeURIComponent(id)}`;
}
