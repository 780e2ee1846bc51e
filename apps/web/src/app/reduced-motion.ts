/**
 * Whether the person asked their system for less motion (WCAG 2.3.3). Then antd's transitions and
 * ECharts' animations are switched off: dialogs and menus appear at once, charts draw in one step.
 * The browser tests ask for it too, so a click never lands on a dialog that is still opening.
 */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
