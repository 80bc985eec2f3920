// The six elements of a case's chain at a glance on the home screen: one small square each, in the chain's
// order, green where proved, amber where weak, red where missing; the count says how many are proved.

import type { CaseSummary } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';

export function ElementsGlance({ elements }: { elements: NonNullable<CaseSummary['elements']> }) {
  const { t } = useI18n();
  const proved = elements.filter((e) => e.state === 'proved').length;
  const detail = t.elementsGlanceDetail(elements.map((e) => ({ name: t.elementNames[e.id], state: t.elementStates[e.state] })));
  return (
    <span className="elements-glance" data-testid="elements-glance" data-proved={proved} title={detail} aria-label={t.elementsGlanceLabel(proved, elements.length, detail)} role="img">
      {elements.map((e) => (
        <span key={e.id} className={`glance-cell is-${e.state}`} data-element={e.id} data-state={e.state} aria-hidden="true" />
      ))}
      <span className="glance-count" aria-hidden="true">
        {t.elementsGlance(proved, elements.length)}
      </span>
    </span>
  );
}
