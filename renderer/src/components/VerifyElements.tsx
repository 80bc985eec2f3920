// The chain's elements as the file states them: each with its state, the evidence it rests on (by the numbers the
// case file uses) and its problems in the current language. Read-only: the fixes belong to the handler's screen.

import type { ManifestElement, ManifestEvidence } from '../casefile/manifest';
import { useI18n } from '../i18n';
import { STATE_ICON } from './ChainElementRow';

const SEVERITY_ORDER = { blocking: 0, weak: 1, info: 2 } as const;

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function VerifyElements({ elements, evidence }: { elements: readonly ManifestElement[]; evidence: readonly ManifestEvidence[] }) {
  const { t, language } = useI18n();
  const numberOf = new Map(evidence.flatMap((e) => (e.evidenceId ? [[e.evidenceId, e.no] as const] : [])));
  return (
    <section className="verify-block" aria-label={t.verifyElementsHeading} data-testid="verify-elements">
      <div className="verify-block-head">
        <h2>{t.verifyElementsHeading}</h2>
      </div>
      <ol className="elements">
        {elements.map((e) => {
          const numbers = e.evidence.flatMap((ref) => {
            const no = numberOf.get(ref);
            return no === undefined ? [] : [no];
          });
          const problems = [...e.problems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
          return (
            <li key={e.id} className={`element el-${e.state}`} data-testid="verify-element" data-element={e.id} data-state={e.state}>
              <div className="element-head">
                <span className="el-icon" aria-hidden="true">
                  {STATE_ICON[e.state]}
                </span>
                <strong className="el-name">{language === 'en' && e.nameEn ? e.nameEn : e.name}</strong>
                <span className="el-state">{t.elementStates[e.state]}</span>
              </div>
              {numbers.length > 0 && <p className="el-rests">{t.verifyRestsOn(numbers.join(language === 'en' ? ', ' : '、'))}</p>}
              {problems.length > 0 && (
                <ul className="el-problems">
                  {problems.map((p, i) => (
                    <li key={`${p.code}-${i}`} className={`el-problem sev-${p.severity}`} data-code={p.code} data-severity={p.severity}>
                      <span className="el-sev">{t.chainSeverity[p.severity]}</span>
                      <span className="el-msg">{language === 'en' && p.messageEn ? sentence(p.messageEn) : p.message}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
