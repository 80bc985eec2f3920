// A case's violation by its catalogue name in the current language; a code the catalogue does not know is shown
// as it is.

import type { CatalogItem } from '../hooks/useCatalog';
import { useI18n } from '../i18n';

export function useViolationName(): (item: CatalogItem | null, code: string) => string {
  const { language } = useI18n();
  return (item, code) => (item ? (language === 'en' ? item.nameEn : item.name) : code);
}
