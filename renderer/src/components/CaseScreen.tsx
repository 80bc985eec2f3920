// One case: the import area and the gallery on the left; on the right, the selected capture's details, the
// case's party, or its audit log. Files dropped anywhere on the left side are imported.

import { useCallback, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { bridge, bridgeKind } from '../bridge';
import { call } from '../bridge/call';
import { filesFromDrop } from '../bridge/dropped-files';
import { formatInstantInZone } from '../format/date-time';
import { useImportJob } from '../hooks/useImportJob';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { AuditPanel } from './AuditPanel';
import { DetailPane } from './DetailPane';
import { ErrorBanner } from './ErrorBanner';
import { Gallery } from './Gallery';
import { ImportPanel } from './ImportPanel';
import { PartyPanel } from './PartyPanel';

type Tab = 'detail' | 'party' | 'audit';
const TABS: readonly Tab[] = ['detail', 'party', 'audit'];

export function CaseScreen({ caseId, zone }: { caseId: string; zone: string }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const summary = useLoad(async () => (await call('cases.list', {})).find((c) => c.id === caseId) ?? null, [caseId, version]);
  const evidence = useLoad(() => call('evidence.list', { caseId }), [caseId, version]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('detail');
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);

  const onImported = useCallback(() => setVersion((v) => v + 1), []);
  const job = useImportJob(caseId, onImported);

  const items = useMemo(() => evidence.data.value ?? [], [evidence.data.value]);
  const selected = useMemo(() => items.find((i) => i.id === selectedId) ?? null, [items, selectedId]);
  const onSelect = useCallback((id: string) => {
    setSelectedId(id);
    setTab('detail');
  }, []);

  const busy = job.state.phase === 'preparing' || job.state.phase === 'running';
  const onDragEnter = (e: DragEvent): void => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    dragDepth.current++;
    setDragging(true);
  };
  const onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
  };
  const onDragLeave = (): void => {
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    if (busy) return;
    const pending = filesFromDrop(e.dataTransfer, bridgeKind);
    void pending.then((files) => {
      if (files.length > 0) void job.start(bridgeKind === 'http' ? files.length : null, () => bridge.pathsForFiles(files));
    });
  };

  const info = summary.data.value;
  if (summary.data.state === 'ready' && info === null) {
    return (
      <main className="page">
        <a className="back-link" href="#/">
          ← {t.backToCases}
        </a>
        <div className="empty panel">{t.caseNotFound(caseId)}</div>
      </main>
    );
  }

  return (
    <main className="case-screen">
      <div className="case-bar">
        <a className="back-link" href="#/" aria-label={t.backToCases}>
          <span aria-hidden="true">←</span> {t.backToCases}
        </a>
        <div className="case-bar-title">
          <h1 className="case-title">{info?.title ?? caseId}</h1>
          <span className="case-meta">
            {info ? t.caseMeta(info.id, formatInstantInZone(info.createdAt, zone, t.dateStyle)) : caseId}
            {info?.type && <span className="type-chip">{t.caseTypes[info.type] ?? info.type}</span>}
          </span>
        </div>
        {info && (
          <div className="case-bar-counts">
            <span className="count-chip" data-testid="evidence-count">
              {t.evidenceCount(info.evidenceCount)}
            </span>
            {info.warningCount > 0 && <span className="count-chip chip-warn">{t.warningCount(info.warningCount)}</span>}
          </div>
        )}
      </div>

      <div className={tab === 'party' ? 'case-body is-side-wide' : 'case-body'}>
        <div className="case-main" onDragEnter={onDragEnter} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
          <ImportPanel job={job} dragging={dragging} />
          {evidence.data.state === 'error' && <ErrorBanner error={evidence.data.error} onRetry={() => void evidence.reload()} />}
          {evidence.data.state === 'loading' && evidence.data.value === null ? (
            <p className="muted gallery-loading">{t.loading}</p>
          ) : (
            <Gallery items={items} selectedId={selectedId} onSelect={onSelect} />
          )}
        </div>

        <aside className="case-side">
          <div className="tabs" role="tablist" aria-label={info?.title ?? caseId}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`tab-${name}`}
                aria-controls={`panel-${name}`}
                aria-selected={tab === name}
                className={tab === name ? 'tab is-active' : 'tab'}
                onClick={() => setTab(name)}
              >
                {name === 'detail' ? t.tabDetail : name === 'party' ? t.tabParty : t.tabAudit}
              </button>
            ))}
          </div>
          <div className="side-scroll" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'detail' && <DetailPane item={selected} zone={zone} />}
            {tab === 'party' && <PartyPanel caseId={caseId} zone={zone} onChanged={onImported} />}
            {tab === 'audit' && <AuditPanel caseId={caseId} zone={zone} version={version} />}
          </div>
        </aside>
      </div>
    </main>
  );
}
