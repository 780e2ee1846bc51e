/**
 * The chain from the national calendar down to a local one: `cn-gd-sz` → [`cn`, `cn-gd`, `cn-gd-sz`].
 * Local calendars inherit the national one and may add or change individual days.
 */
export function jurisdictionChain(jurisdiction: string): string[] {
  const parts = jurisdiction.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}
