// Shift+R on the case screen: after the handler confirms, records the selected capture's Art. 41 review with all
// four answers yes and no note.

import { useState } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { Modal } from './Modal';

interface Props {
  item: EvidenceItem;
  onDone: () => void;
  onClose: () => void;
}

export function QuickReviewDialog({ item, onDone, onClose }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const seq = item.id.slice(item.caseId.length + 1);

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await call('evidence.review', { caseId: item.caseId, evidenceId: item.id, authentic: true, clear: true, complete: true, accurate: true, note: null });
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t.quickReviewTitle}
      onClose={onClose}
      closable={!busy}
      size="medium"
      testId="quick-review"
      footer={
        <>
          <button type="button" className="btn btn-primary" disabled={busy} autoFocus onClick={() => void confirm()}>
            {busy ? t.reviewSubmitting : t.quickReviewConfirm}
          </button>
          <button type="button" className="btn btn-quiet" disabled={busy} onClick={onClose}>
            {t.cancel}
          </button>
        </>
      }
    >
      <p>{t.quickReviewText(seq, item.sourceName)}</p>
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
    </Modal>
  );
}
