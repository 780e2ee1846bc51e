import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';

export interface MenuDrawer {
  isCollapsed: boolean;
  setCollapsed(isCollapsed: boolean): void;
  /** The header's menu button: focus comes back here when the drawer closes. */
  toggleRef: RefObject<HTMLButtonElement | null>;
  /** The side menu's element: focus moves into it when the drawer opens. */
  drawerRef: RefObject<HTMLDivElement | null>;
  /** On a phone with the menu open: it lies over the page. */
  isDrawerOpen: boolean;
}

/**
 * The side menu's state. On a phone the opened menu is a drawer over the page: focus moves to its
 * current (or first) entry, Escape or a tap beside it closes it, choosing an entry closes it, and
 * focus returns to the menu button when it closes with focus inside.
 */
export function useMenuDrawer(isPhone: boolean): MenuDrawer {
  const [isCollapsed, setCollapsed] = useState(false);
  const toggleRef = useRef<HTMLButtonElement | null>(null);
  const drawerRef = useRef<HTMLDivElement | null>(null);
  const { pathname } = useLocation();
  const isDrawerOpen = isPhone && !isCollapsed;

  // A phone starts with the menu folded, and folds it again once an entry is chosen.
  useEffect(() => {
    if (isPhone) setCollapsed(true);
  }, [pathname, isPhone]);

  useEffect(() => {
    if (!isDrawerOpen) return;
    const drawer = drawerRef.current;
    const entry = drawer?.querySelector<HTMLElement>('.ant-menu-item-selected') ?? drawer?.querySelector<HTMLElement>('[role="menuitem"]');
    entry?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setCollapsed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      // Closing with focus inside the drawer (or lost with it): back to the button that opened it.
      const active = document.activeElement;
      if (!active || active === document.body || drawer?.contains(active)) toggleRef.current?.focus();
    };
  }, [isDrawerOpen]);

  return { isCollapsed, setCollapsed, toggleRef, drawerRef, isDrawerOpen };
}
