// One panel column beside the gallery: its tabs and the open tab's content. The case screen shows one, or two
// side by side (the second opened from the first's 并排 button, with its own tabs and a close button).

import type { ReactNode, Ref } from 'react';
import { useI18n } from '../i18n';

export type CaseTab = 'chain' | 'detail' | 'party' | 'map' | 'notices' | 'audit';
export const CASE_TABS: readonly CaseTab[] = ['chain', 'detail', 'party', 'map', 'notices', 'audit'];

interface Props {
  /** '' for the first panel, e.g. 'second-' for the other: keeps the tab and panel ids apart. */
  idPrefix: string;
  label: string;
  active: CaseTab;
  onActivate: (tab: CaseTab) => void;
  /** A mark on the chain tab while the chain is incomplete. */
  chainIncomplete: boolean;
  /** At the end of the tab row: open a second panel, or close this one. */
  action: ReactNode;
  /** Before the tabs (the splitter). */
  lead?: ReactNode;
  panelRef?: Ref<HTMLElement>;
  testId: string;
  children: ReactNode;
}

export function SidePanel({ idPrefix, label, active, onActivate, chainIncomplete, action, lead, panelRef, testId, children }: Props) {
  const { t } = useI18n();
  const tabName: Record<CaseTab, string> = { chain: t.tabChain, detail: t.tabDetail, party: t.tabParty, map: t.tabMap, notices: t.tabNotices, audit: t.tabAudit };
  return (
    <aside className="case-side" ref={panelRef} data-testid={testId}>
      {lead}
      <div className="tabs-row">
        <div className="tabs" role="tablist" aria-label={label}>
          {CASE_TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${idPrefix}tab-${name}`}
              aria-controls={`${idPrefix}panel-${name}`}
              aria-selected={active === name}
              className={active === name ? 'tab is-active' : 'tab'}
              onClick={() => onActivate(name)}
            >
              {tabName[name]}
              {name === 'chain' && chainIncomplete && <span className="tab-dot" aria-hidden="true" />}
            </button>
          ))}
        </div>
        {action}
      </div>
      <div className="side-scroll" role="tabpanel" id={`${idPrefix}panel-${active}`} aria-labelledby={`${idPrefix}tab-${active}`}>
        {children}
      </div>
    </aside>
  );
}
