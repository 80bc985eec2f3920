// One case: the import area and the gallery on the left; on the right, the evidence chain (first: what is proved
// and what is missing, with the way to each fix), the selected capture's details and review, the party, the
// notices served, the offline map, and the audit log — in one panel, or two side by side. Files dropped anywhere
// on the left side are imported.

import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ChainVerdictDto } from '../../../electron/contract/dto';
import { bridge, bridgeKind } from '../bridge';
import type { Fix } from '../chain/fix';
import { refKind } from '../chain/ref-labels';
import { applyView, DEFAULT_VIEW } from '../evidence/gallery-view';
import { gridColumns, SECOND_PANEL_WIDTH } from '../layout/side-width';
import type { GalleryView } from '../evidence/gallery-view';
import { formatInstantInZone } from '../format/date-time';
import { useCaseData } from '../hooks/useCaseData';
import { catalogItem, useCatalog } from '../hooks/useCatalog';
import { DATA_HREF } from '../hooks/useHashRoute';
import { useImportJob } from '../hooks/useImportJob';
import { useCaseShortcuts } from '../hooks/useCaseShortcuts';
import { useElementWidth } from '../hooks/useElementWidth';
import { useFileDrop } from '../hooks/useFileDrop';
import { useSideWidth } from '../hooks/useSideWidth';
import { useReviewMarks } from '../hooks/useReviewMarks';
import { useI18n } from '../i18n';
import { AuditPanel } from './AuditPanel';
import { ChainBadge } from './ChainBadge';
import { ChainPanel } from './ChainPanel';
import { DetailPane } from './DetailPane';
import { ErrorBanner } from './ErrorBanner';
import { EvidenceViewer } from './EvidenceViewer';
import { ExportDialog } from './ExportDialog';
import { Gallery } from './Gallery';
import { GalleryToolbar } from './GalleryToolbar';
import { ImportPanel } from './ImportPanel';
import { NoticesPanel } from './NoticesPanel';
import type { NoticeFocus } from './NoticesPanel';
import { MapPanel } from './MapPanel';
import { PanelSplitter } from './PanelSplitter';
import { SidePanel } from './SidePanel';
import type { CaseTab } from './SidePanel';
import { PartyPanel } from './PartyPanel';
import { QuickReviewDialog } from './QuickReviewDialog';
import { ShortcutHelp } from './ShortcutHelp';
import { useViolationName } from './ViolationName';

type Tab = CaseTab;
/** Tabs whose content needs more width than a capture's details: the side panel widens while they are open. */
const WIDE_TABS: readonly Tab[] = ['chain', 'party', 'map', 'notices'];

type TimelineEvent = ChainVerdictDto['timeline'][number];


export function CaseScreen({ caseId, zone }: { caseId: string; zone: string }) {
  const { t } = useI18n();
  const data = useCaseData(caseId);
  const { version, nowMs, changed } = data;
  const catalog = useCatalog();
  const violationName = useViolationName();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The panels beside the gallery: the first, and a second one side by side (e.g. the map beside the chain),
  // never showing the same tab. One state, so the callbacks below stay stable for the memoized gallery tiles.
  const [panels, setPanels] = useState<{ first: Tab; second: Tab | null }>({ first: 'chain', second: null });
  const tab = panels.first;
  const second = panels.second;
  /** Brings a panel into view: the first panel switches to it unless the second already shows it. */
  const show = useCallback((name: Tab) => setPanels((p) => (p.second === name ? p : { ...p, first: name })), []);
  // Choosing in one panel the tab the other shows swaps them.
  const choosePrimary = (name: Tab): void => setPanels((p) => ({ first: name, second: p.second === name ? p.first : p.second }));
  const chooseSecond = (name: Tab): void => setPanels((p) => ({ first: p.first === name ? (p.second ?? 'chain') : p.first, second: name }));
  const openSecond = (): void => setPanels((p) => ({ ...p, second: p.first === 'map' ? 'chain' : 'map' }));
  const closeSecond = (): void => setPanels((p) => ({ ...p, second: null }));
  const [reviewFocus, setReviewFocus] = useState<{ id: string; nonce: number } | null>(null);
  const [noticeFocus, setNoticeFocus] = useState<NoticeFocus | null>(null);
  const [exporting, setExporting] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [quickReviewId, setQuickReviewId] = useState<string | null>(null);
  const [view, setView] = useState<GalleryView>(DEFAULT_VIEW);
  const [viewerId, setViewerId] = useState<string | null>(null);
  const mainRef = useRef<HTMLDivElement>(null);
  const sideRef = useRef<HTMLElement>(null);
  const sideNow = useElementWidth(sideRef, 'border');
  const [sideWidth, setSideWidth] = useSideWidth();
  // Requests to the detail and notices panels carry a number that only grows, so each is a new request.
  const requests = useRef(0);

  const job = useImportJob(caseId, changed);

  const items = useMemo(() => data.evidence.data.value ?? [], [data.evidence.data.value]);
  const selected = useMemo(() => items.find((i) => i.id === selectedId) ?? null, [items, selectedId]);
  const verdict = data.chain.data.value;
  const reviews = useReviewMarks(items, verdict, data.chain.data.state !== 'loading', version);
  // The gallery, the shortcuts and the viewer all follow the sort and filters the handler chose.
  const shown = useMemo(() => applyView(items, reviews, view), [items, reviews, view]);
  const notices = useMemo(() => data.notices.data.value ?? [], [data.notices.data.value]);
  const party = data.party.data.value ?? null;
  const info = data.summary.data.value;
  const item = catalogItem(catalog.items, info?.type ?? null);

  const onSelect = useCallback(
    (id: string) => {
      setSelectedId(id);
      setReviewFocus(null);
      show('detail');
    },
    [show],
  );

  // On the map a capture is selected in the gallery while the map stays open, for its distance to the party.
  const onSelectOnMap = useCallback((id: string) => {
    setSelectedId(id);
    setReviewFocus(null);
  }, []);

  const openReview = (id: string): void => {
    setSelectedId(id);
    setReviewFocus({ id, nonce: ++requests.current });
    show('detail');
  };
  const openNotices = (ref: string | null): void => {
    setNoticeFocus({ ref, nonce: ++requests.current });
    show('notices');
  };

  // Keyboard shortcuts act on the selected capture, or on the first shown where none is selected yet.
  const step = (delta: number): void => {
    const index = shown.findIndex((i) => i.id === selectedId);
    const target = index < 0 ? shown[0] : shown[Math.min(shown.length - 1, Math.max(0, index + delta))];
    if (target) onSelect(target.id);
  };
  const openViewer = useCallback((id: string) => {
    setSelectedId(id);
    setViewerId(id);
  }, []);
  // The viewer steps through the gallery as shown; a capture the filters hide is viewed among all of them.
  const viewerList = viewerId !== null && shown.some((i) => i.id === viewerId) ? shown : items;
  const viewerIndex = viewerId === null ? -1 : viewerList.findIndex((i) => i.id === viewerId);
  useCaseShortcuts({
    previous: () => step(-1),
    next: () => step(1),
    review: () => {
      const id = selected?.id ?? shown[0]?.id;
      if (id) openReview(id);
    },
    quickReview: () => setQuickReviewId(selected?.id ?? shown[0]?.id ?? null),
    view: () => {
      const id = selected?.id ?? shown[0]?.id;
      if (id) openViewer(id);
    },
    chain: () => show('chain'),
    help: () => setHelpOpen(true),
  });
  const quickReviewItem = quickReviewId ? (items.find((i) => i.id === quickReviewId) ?? null) : null;

  const onFix = (fix: Fix): void => {
    switch (fix.target) {
      case 'review': {
        const id = fix.ref ?? items.find((i) => reviews.get(i.id) === 'none')?.id ?? items[0]?.id;
        if (id) openReview(id);
        else show('detail');
        return;
      }
      case 'evidence':
        if (fix.ref) {
          onSelect(fix.ref);
        } else {
          // Nothing to open: the fix is more evidence (a re-capture). Lead to the import area.
          show('detail');
          mainRef.current?.querySelector<HTMLButtonElement>('[data-testid="dropzone"] button')?.focus();
        }
        return;
      case 'party':
        show('party');
        return;
      case 'notice':
      case 'statement':
        openNotices(fix.ref);
        return;
      case 'camera-registry':
      case 'import':
        window.location.hash = DATA_HREF;
        return;
    }
  };

  const onOpenEvent = (event: TimelineEvent): void => {
    if (!event.ref) return;
    const kind = refKind(event.ref, { caseId, notices, party });
    if (kind === 'evidence') onSelect(event.ref);
    else if (kind === 'notice') openNotices(event.ref);
    else if (kind === 'party') show('party');
  };

  const busy = job.state.phase === 'preparing' || job.state.phase === 'running';
  const drop = useFileDrop(busy, (files) => void job.start(bridgeKind === 'http' ? files.length : null, () => bridge.pathsForFiles(files)));

  if (data.summary.data.state === 'ready' && info === null) {
    return (
      <main className="page">
        <a className="back-link" href="#/">
          ← {t.backToCases}
        </a>
        <div className="empty panel">{t.caseNotFound(caseId)}</div>
      </main>
    );
  }

  const panel = (name: Tab): ReactNode => {
    switch (name) {
      case 'chain':
        return (
          <ChainPanel
            caseId={caseId}
            zone={zone}
            summary={info ?? null}
            item={item}
            catalogReady={catalog.items !== null}
            chain={data.chain.data}
            onRetry={() => void data.chain.reload()}
            notices={notices}
            party={party}
            version={version}
            nowMs={nowMs}
            onFix={onFix}
            onOpenEvent={onOpenEvent}
            onChanged={changed}
          />
        );
      case 'detail':
        return (
          <DetailPane
            item={selected}
            zone={zone}
            version={version}
            reviewFocus={reviewFocus && reviewFocus.id === selected?.id ? reviewFocus.nonce : 0}
            onChanged={changed}
            onBackToChain={() => show('chain')}
            onView={openViewer}
          />
        );
      case 'party':
        return <PartyPanel caseId={caseId} zone={zone} onChanged={changed} />;
      case 'map':
        return <MapPanel caseId={caseId} zone={zone} version={version} selectedId={selectedId} onSelect={onSelectOnMap} onOpenDetail={onSelect} />;
      case 'notices':
        return <NoticesPanel caseId={caseId} zone={zone} notices={data.notices.data.value} item={item} focus={noticeFocus} nowMs={nowMs} onChanged={changed} />;
      case 'audit':
        return <AuditPanel caseId={caseId} zone={zone} version={version} />;
    }
  };

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
            {info?.type && <span className="type-chip">{violationName(item, info.type)}</span>}
          </span>
        </div>
        {info && (
          <div className="case-bar-counts">
            <button type="button" className="chip-button" onClick={() => show('chain')} aria-label={t.tabChain}>
              <ChainBadge complete={verdict ? verdict.complete : info.complete} type={info.type} />
            </button>
            <span className="count-chip" data-testid="evidence-count">
              {t.evidenceCount(info.evidenceCount)}
            </span>
            {info.warningCount > 0 && <span className="count-chip chip-warn">{t.warningCount(info.warningCount)}</span>}
            <button type="button" className="btn btn-small btn-quiet shortcut-button" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)} data-testid="shortcut-help-open">
              <kbd aria-hidden="true">?</kbd> {t.shortcutsButton}
            </button>
            <button type="button" className="btn btn-primary btn-small case-export" onClick={() => setExporting(true)} data-testid="export-open">
              {t.exportCaseFile}
            </button>
          </div>
        )}
      </div>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {quickReviewItem && (
        <QuickReviewDialog
          item={quickReviewItem}
          onClose={() => setQuickReviewId(null)}
          onDone={() => {
            setQuickReviewId(null);
            changed();
          }}
        />
      )}
      {viewerIndex >= 0 && (
        <EvidenceViewer
          items={viewerList}
          index={viewerIndex}
          zone={zone}
          reviews={reviews}
          onIndex={(i) => {
            const next = viewerList[i];
            if (next) openViewer(next.id);
          }}
          onReview={(id) => {
            setViewerId(null);
            openReview(id);
          }}
          onClose={() => setViewerId(null)}
        />
      )}
      {exporting && info && <ExportDialog caseId={caseId} title={info.title} zone={zone} verdict={verdict ?? null} onClose={() => setExporting(false)} onChanged={changed} />}

      <div
        className={WIDE_TABS.includes(tab) ? 'case-body is-side-wide' : 'case-body'}
        style={gridColumns(sideWidth, second !== null, document.documentElement.clientWidth)}
      >
        <div className="case-main" ref={mainRef} {...drop.handlers}>
          <ImportPanel job={job} dragging={drop.dragging} />
          {data.evidence.data.state === 'error' && <ErrorBanner error={data.evidence.data.error} onRetry={() => void data.evidence.reload()} />}
          {data.evidence.data.state === 'loading' && data.evidence.data.value === null ? (
            <p className="muted gallery-loading">{t.loading}</p>
          ) : (
            <>
              {items.length > 0 && <GalleryToolbar items={items} shown={shown.length} view={view} onChange={setView} />}
              {items.length > 0 && shown.length === 0 ? (
                <div className="empty gallery-no-match" data-testid="gallery-no-match">
                  <p>{t.galleryNoMatch}</p>
                  <button type="button" className="btn btn-small" onClick={() => setView({ ...DEFAULT_VIEW, sort: view.sort })}>
                    {t.clearFilters}
                  </button>
                </div>
              ) : (
                <Gallery items={shown} selectedId={selectedId} onSelect={onSelect} onOpen={openViewer} reviews={reviews} />
              )}
            </>
          )}
        </div>

        <SidePanel
          idPrefix=""
          label={info?.title ?? caseId}
          active={tab}
          onActivate={choosePrimary}
          chainIncomplete={verdict ? !verdict.complete : false}
          lead={<PanelSplitter width={sideWidth ?? sideNow} onResize={setSideWidth} reserve={second !== null ? SECOND_PANEL_WIDTH : 0} />}
          panelRef={sideRef}
          testId="side-panel"
          action={
            second === null ? (
              <button type="button" className="tabs-action" onClick={openSecond} title={t.sideBySideOpen} aria-label={t.sideBySideOpen} data-testid="side-by-side-open">
                <span aria-hidden="true">⊞</span>
              </button>
            ) : null
          }
        >
          {panel(tab)}
        </SidePanel>
        {second !== null && (
          <SidePanel
            idPrefix="second-"
            label={t.sideBySideLabel}
            active={second}
            onActivate={chooseSecond}
            chainIncomplete={verdict ? !verdict.complete : false}
            testId="second-panel"
            action={
              <button type="button" className="tabs-action" onClick={closeSecond} title={t.sideBySideClose} aria-label={t.sideBySideClose} data-testid="side-by-side-close">
                <span aria-hidden="true">×</span>
              </button>
            }
          >
            {panel(second)}
          </SidePanel>
        )}
      </div>
    </main>
  );
}
