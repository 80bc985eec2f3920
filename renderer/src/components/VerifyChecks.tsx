// Every check the verifier made, ✓ or ✕, in the current language, grouped by the question it answers. A failed
// check is never the end of the list: everything else is still checked and shown.

import type { VerifyCheck } from '../casefile/checks';
import { groupChecks } from '../casefile/checks';
import { useI18n } from '../i18n';

/** The core's English messages may start in lower case ("the file is signed by …"). */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function VerifyChecks({ checks }: { checks: readonly VerifyCheck[] }) {
  const { t, language } = useI18n();
  const passed = checks.filter((c) => c.ok).length;
  return (
    <section className="verify-block verify-checks" aria-label={t.verifyChecksHeading}>
      <div className="verify-block-head">
        <h2>{t.verifyChecksHeading}</h2>
        <span className="verify-block-sub">{t.verifyChecksCount(passed, checks.length)}</span>
      </div>
      {groupChecks(checks).map(({ group, checks: inGroup }) => (
        <div key={group} className="check-group">
          <h3>{t.checkGroups[group]}</h3>
          <ul className="check-list">
            {inGroup.map((c) => (
              <li key={c.id} className={c.ok ? 'check-item is-ok' : 'check-item is-bad'} data-testid="verify-check" data-check={c.id} data-ok={c.ok} title={c.id}>
                <span className="check-icon" aria-hidden="true">
                  {c.ok ? '✓' : '✕'}
                </span>
                <span className="visually-hidden">{c.ok ? t.checkOk : t.checkFailed}</span>
                <span className="check-msg">{language === 'en' ? sentence(c.messageEn) : c.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
