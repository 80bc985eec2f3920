// One element of the chain (违法事实, 时间, 地点, 主体, 设备, 程序): its state, what it rests on, and each problem in
// the current language — what must be fixed first, then what should be, with notes muted — each with the button
// that leads to its fix.

import { useI18n } from '../i18n';
import type { ChainElement, Fix } from '../chain/fix';
import { refText } from '../chain/ref-labels';
import type { RefContext } from '../chain/ref-labels';
import { FixButton } from './FixButton';

const SEVERITY_ORDER = { blocking: 0, weak: 1, info: 2 } as const;
export const STATE_ICON = { proved: '✓', weak: '!', missing: '✕' } as const;

/** The core's English messages are sentences that may start in lower case ("evidence 1 (…) has …"). */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Props {
  element: ChainElement;
  refs: RefContext;
  onFix: (fix: Fix) => void;
}

export function ChainElementRow({ element: e, refs, onFix }: Props) {
  const { t, language } = useI18n();
  const problems = [...e.problems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const rests = e.evidence.map((ref) => refText(ref, refs, { party: t.refParty, record: t.refRecord }));
  return (
    <li id={`chain-el-${e.id}`} className={`element el-${e.state}`} data-testid="chain-element" data-element={e.id} data-state={e.state}>
      <div className="element-head">
        <span className="el-icon" aria-hidden="true">
          {STATE_ICON[e.state]}
        </span>
        <strong className="el-name">{language === 'en' ? e.nameEn : e.name}</strong>
        <span className="el-state">{t.elementStates[e.state]}</span>
      </div>
      {(rests.length > 0 || problems.length === 0) && (
        <p className="el-rests">
          <span className="el-rests-label">{t.elementRestsOn}</span>
          {rests.length > 0 ? <span className="el-rests-list">{rests.join(language === 'en' ? ', ' : '、')}</span> : <span className="muted">{t.elementNoEvidence}</span>}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="el-problems">
          {problems.map((p, i) => (
            <li key={`${p.code}-${i}`} className={`el-problem sev-${p.severity}`} data-testid="chain-problem" data-code={p.code} data-severity={p.severity}>
              <span className="el-sev">{t.chainSeverity[p.severity]}</span>
              <span className="el-msg">{language === 'en' ? sentence(p.messageEn) : p.message}</span>
              {p.fix && <FixButton fix={p.fix} caseId={refs.caseId} onFix={onFix} />}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
