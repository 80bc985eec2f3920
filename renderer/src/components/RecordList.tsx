// Search results as a scrolling list of masked records. Only the rows in view are in the DOM, so the list
// stays quick at its 500-row cap.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { RecordSummary } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';

const ROW_HEIGHT = 66;

/** The person a record names and how to reach them: shown masked in the list. */
const PERSON_FIELDS = ['manager', 'representative', 'owner', 'leader'];
const PERSONAL_FIELDS = ['phone', 'idNumber'];

interface Props {
  records: readonly RecordSummary[];
  selectedRef: string | null;
  onOpen: (record: RecordSummary) => void;
}

function text(value: string | number | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

export function RecordList({ records, selectedRef, onOpen }: Props) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: records.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  return (
    <div ref={scrollRef} className="record-list" data-testid="record-list">
      <div className="record-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const r = records[row.index];
          if (!r) return null;
          const person = PERSON_FIELDS.map((f) => text(r.fields[f])).find((v) => v !== null) ?? null;
          const personal = PERSONAL_FIELDS.map((f) => [f, text(r.fields[f])] as const).filter(([, v]) => v !== null);
          return (
            <button
              key={r.ref}
              type="button"
              className={r.ref === selectedRef ? 'record-item is-selected' : 'record-item'}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              aria-label={t.openRecordLabel(r.name)}
              aria-pressed={r.ref === selectedRef}
              data-testid="record-item"
              onClick={() => onOpen(r)}
            >
              <span className="record-line">
                <strong className="record-name">{r.name}</strong>
                <span className="kind-chip">{t.datasetKinds[r.kind]}</span>
                <span className="record-key mono">{r.key}</span>
              </span>
              <span className="record-line record-meta">{r.address ?? <span className="muted">—</span>}</span>
              <span className="record-line record-meta">
                {person && <span>{person}</span>}
                {personal.map(([f, v]) => (
                  <span key={f} className="masked" data-field={f}>
                    {t.fieldLabels[f] ?? f} <span className="mono">{v}</span>
                  </span>
                ))}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
