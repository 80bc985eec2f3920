// The violation catalogue (违法事项目录): fixed for the life of the host process, so it is fetched once per page
// and shared by every screen that names a case's violation.

import { useEffect, useState } from 'react';
import type { Output } from '../../../electron/contract/api';
import { call } from '../bridge/call';

export type CatalogItem = Output<'catalog.list'>[number];

let pending: Promise<CatalogItem[]> | null = null;

function load(): Promise<CatalogItem[]> {
  pending ??= call('catalog.list', {}).catch((err: unknown) => {
    pending = null; // a failed load is tried again next time
    throw err;
  });
  return pending;
}

export function useCatalog(): { items: CatalogItem[] | null; error: unknown } {
  const [items, setItems] = useState<CatalogItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setItems(value),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, []);
  return { items, error };
}

export function catalogItem(items: readonly CatalogItem[] | null, code: string | null): CatalogItem | null {
  return (code && items?.find((i) => i.code === code)) || null;
}
