// A case's evidence-chain state in one chip: complete, incomplete, or why it cannot be judged (no violation
// chosen, or one the catalogue does not hold).

import { useI18n } from '../i18n';

interface Props {
  complete: boolean | null;
  type: string | null;
}

export function ChainBadge({ complete, type }: Props) {
  const { t } = useI18n();
  const state = complete === true ? 'complete' : complete === false ? 'incomplete' : type ? 'unknownItem' : 'noItem';
  return (
    <span className={`chain-badge chain-${state}`} data-testid="chain-badge" data-state={state} title={state === 'unknownItem' && type ? t.unknownItemTitle(type) : undefined}>
      {/* The mark is drawn by CSS, so the badge's text is its words alone. */}
      <span className="chain-badge-icon" aria-hidden="true" />
      {t.chainBadges[state]}
    </span>
  );
}
