// The button beside a chain problem that takes the handler to where it is fixed, named for what they will do
// there: review E002, confirm the party, record the facts notice, …

import type { Fix } from '../chain/fix';
import { isNoticeKind } from '../chain/fix';
import { shortEvidence } from '../chain/ref-labels';
import { useI18n } from '../i18n';

export function FixButton({ fix, caseId, onFix }: { fix: Fix; caseId: string; onFix: (fix: Fix) => void }) {
  const { t } = useI18n();
  const label = ((): string => {
    switch (fix.target) {
      case 'review':
        return fix.ref ? t.fixReview(shortEvidence(fix.ref, caseId)) : t.fixReviewNext;
      case 'evidence':
        return fix.ref ? t.fixEvidence(shortEvidence(fix.ref, caseId)) : t.fixImportCaptures;
      case 'party':
        return fix.ref ? t.fixPartyView : t.fixParty;
      case 'notice':
        return isNoticeKind(fix.ref) ? t.fixNoticeAdd(t.noticeKinds[fix.ref]) : t.fixNoticeView;
      case 'statement':
        return t.fixStatement;
      case 'camera-registry':
        return t.fixCameraRegistry;
      case 'import':
        return t.fixDataImport;
    }
  })();
  const external = fix.target === 'camera-registry' || fix.target === 'import';
  return (
    <button type="button" className="btn btn-small fix-btn" data-testid="fix-button" data-target={fix.target} onClick={() => onFix(fix)}>
      {label}
      <span aria-hidden="true">{external ? ' ↗' : ' →'}</span>
    </button>
  );
}
