// The size of an element, kept current with a ResizeObserver (the gallery's column count depends on its width,
// the viewer's fit scale on both, the panel splitter on the side panel's outer width).

import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

type Box = 'content' | 'border';

export function useElementSize(ref: RefObject<HTMLElement | null>, box: Box = 'content'): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = (): { width: number; height: number } =>
      box === 'border' ? { width: element.offsetWidth, height: element.offsetHeight } : { width: element.clientWidth, height: element.clientHeight };
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      setSize(box === 'border' ? read() : { width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element, { box: box === 'border' ? 'border-box' : 'content-box' });
    setSize(read());
    return () => observer.disconnect();
  }, [ref, box]);
  return size;
}

export function useElementWidth(ref: RefObject<HTMLElement | null>, box: Box = 'content'): number {
  return useElementSize(ref, box).width;
}
