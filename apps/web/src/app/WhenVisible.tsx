import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Draws `children` once the place they will take comes into view (or is jumped to by its `id`): a
 * part far down a page, whose code then loads with it and not with the page's first load. Until
 * then an empty block of `minHeight` holds the place (and the `id`, so `#id` links reach it).
 */
export function WhenVisible({ id, minHeight, children }: { id?: string; minHeight: number; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const [isVisible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = place.current;
    if (isVisible || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [isVisible]);
  if (isVisible) return <>{children}</>;
  return <div ref={place} id={id} style={{ minHeight }} />;
}
