// 文书: the notices served in this case, in order of service, and the form to record another. The chain panel
// sends the handler here to serve a missing notice (the form opens with that kind) or to settle a statement
// period (that notice is highlighted).

import { useEffect, useRef, useState } from 'react';
import type { NoticeDto } from '../../../electron/contract/dto';
import type { NoticeKind } from '../chain/fix';
import type { CatalogItem } from '../hooks/useCatalog';
import { useI18n } from '../i18n';
import { NoticeCard } from './NoticeCard';
import { NoticeForm } from './NoticeForm';

/** A request from the chain panel: serve a notice of this kind, or look at this notice. */
export interface NoticeFocus {
  ref: string | null;
  nonce: number;
}

interface Props {
  caseId: string;
  zone: string;
  notices: readonly NoticeDto[] | null;
  item: CatalogItem | null;
  focus: NoticeFocus | null;
  nowMs: number;
  onChanged: () => void;
}

function nextKind(notices: readonly NoticeDto[] | null, item: CatalogItem | null): NoticeKind {
  const hasOrder = notices?.some((n) => n.kind === 'correction-order') ?? false;
  return item?.correctionOrderRequired && !hasOrder ? 'correction-order' : 'facts-notice';
}

export function NoticesPanel({ caseId, zone, notices, item, focus, nowMs, onChanged }: Props) {
  const { t } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  // The form is open for a kind, opened by the button or by a focus request; the nonce says which request.
  const [adding, setAdding] = useState<NoticeKind | null>(null);
  const [handledNonce, setHandledNonce] = useState(0);

  const focusKind = focus && focus.nonce !== handledNonce && (focus.ref === 'correction-order' || focus.ref === 'facts-notice') ? focus.ref : null;
  const formKind = adding ?? focusKind;
  const highlighted = focus && !focusKind ? focus.ref : null;

  useEffect(() => {
    if (!highlighted) return;
    const frame = requestAnimationFrame(() => {
      listRef.current?.querySelector(`[data-notice-id="${CSS.escape(highlighted)}"]`)?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [highlighted, focus?.nonce]);

  const close = (): void => {
    setAdding(null);
    setHandledNonce(focus?.nonce ?? 0);
  };

  return (
    <section className="notices" aria-label={t.noticesHeading} data-testid="notices-panel">
      <div className="notices-head">
        <div>
          <h2 className="side-heading">{t.noticesHeading}</h2>
          <p className="side-sub">{t.noticesSub}</p>
        </div>
        {formKind === null && (
          <button type="button" className="btn btn-small btn-primary" onClick={() => setAdding(nextKind(notices, item))}>
            + {t.addNotice}
          </button>
        )}
      </div>
      {formKind !== null && (
        <NoticeForm
          key={`${formKind}-${focus?.nonce ?? 0}`}
          caseId={caseId}
          item={item}
          initialKind={formKind}
          onCancel={close}
          onDone={() => {
            close();
            onChanged();
          }}
        />
      )}
      {notices && notices.length === 0 && formKind === null && <p className="empty-line">{t.noticesEmpty}</p>}
      {notices && notices.length > 0 && (
        <ol className="notice-list" ref={listRef}>
          {notices.map((n) => (
            <NoticeCard key={n.id} notice={n} zone={zone} nowMs={nowMs} highlighted={highlighted === n.id} onChanged={onChanged} />
          ))}
        </ol>
      )}
    </section>
  );
}
