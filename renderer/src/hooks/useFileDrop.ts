// Files (and folders) dropped anywhere on an area: whether a drag is over it now, for the drop zone's highlight,
// and the drop itself handed on as picked files. While `busy`, a drop is refused.

import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { bridgeKind } from '../bridge';
import { filesFromDrop } from '../bridge/dropped-files';

export interface FileDrop {
  dragging: boolean;
  handlers: {
    onDragEnter: (e: DragEvent) => void;
    onDragOver: (e: DragEvent) => void;
    onDragLeave: () => void;
    onDrop: (e: DragEvent) => void;
  };
}

export function useFileDrop(busy: boolean, onFiles: (files: File[]) => void): FileDrop {
  const [dragging, setDragging] = useState(false);
  // Entering a child fires dragenter before the parent's dragleave: count, so the highlight does not flicker.
  const depth = useRef(0);
  return {
    dragging,
    handlers: {
      onDragEnter: (e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        depth.current++;
        setDragging(true);
      },
      onDragOver: (e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
      },
      onDragLeave: () => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (e) => {
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        if (busy) return;
        void filesFromDrop(e.dataTransfer, bridgeKind).then((files) => {
          if (files.length > 0) onFiles(files);
        });
      },
    },
  };
}
