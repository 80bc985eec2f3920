// The head of the workspace's audit hash chain when the file was made: the last entry's number and hash, which a
// reviewer can hold against the workspace's own log (`casechain audit verify`) to see nothing was rewritten since.

import type { CaseFileManifest } from '../casefile/manifest';
import { useI18n } from '../i18n';

export function VerifyAudit({ audit }: { audit: NonNullable<CaseFileManifest['audit']> }) {
  const { t } = useI18n();
  return (
    <section className="verify-block" aria-label={t.verifyAuditHeading} data-testid="verify-audit">
      <div className="verify-block-head">
        <h2>{t.verifyAuditHeading}</h2>
        <span className="verify-block-sub">{t.verifyAuditHead(audit.headSeq)}</span>
      </div>
      <dl className="facts verify-facts">
        <div className="fact">
          <dt>{t.verifyAuditHash}</dt>
          <dd>
            <code className="hash selectable" data-testid="verify-audit-head">
              {audit.headHash}
            </code>
          </dd>
        </div>
      </dl>
      {audit.entries.length > 0 && <p className="muted small verify-audit-note">{t.verifyAuditEntries(audit.entries.length)}</p>}
    </section>
  );
}
