// The size of an element, kept current with a ResizeObserver (the gallery's column count depends on its width,
// the viewer's fit scale on both).

import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    setSize({ width: element.clientWidth, height: element.clientHeight });
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  return useElementSize(ref).width;
}
