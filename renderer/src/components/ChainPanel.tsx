// 证据链: what the handler sees first on a case. Whether the chain is complete; the violation and its penalty;
// each of the six elements with its state, what it rests on and what is missing, each problem with the button
// that leads to its fix; the suggested discretion tier with the handler's decision; and every event in order.

import type { ReactNode } from 'react';
import type { CaseSummary, ChainVerdictDto, ConfirmedParty, NoticeDto } from '../../../electron/contract/dto';
import type { Fix } from '../chain/fix';
import type { CatalogItem } from '../hooks/useCatalog';
import type { Loaded } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { ChainElementRow, STATE_ICON } from './ChainElementRow';
import { ChainTimeline } from './ChainTimeline';
import { DiscretionSection } from './DiscretionSection';
import { ErrorBanner } from './ErrorBanner';
import { useViolationName } from './ViolationName';

type TimelineEvent = ChainVerdictDto['timeline'][number];

interface Props {
  caseId: string;
  zone: string;
  summary: CaseSummary | null;
  item: CatalogItem | null;
  catalogReady: boolean;
  chain: Loaded<ChainVerdictDto>;
  onRetry: () => void;
  notices: readonly NoticeDto[];
  party: ConfirmedParty | null;
  version: number;
  nowMs: number;
  onFix: (fix: Fix) => void;
  onOpenEvent: (event: TimelineEvent) => void;
  onChanged: () => void;
}

function Block({ title, sub, children, testId }: { title: string; sub?: string; children: ReactNode; testId?: string }) {
  return (
    <section className="chain-block" aria-label={title} data-testid={testId}>
      <div className="chain-block-head">
        <h3>{title}</h3>
        {sub && <span className="chain-block-sub">{sub}</span>}
      </div>
      {children}
    </section>
  );
}

export function ChainPanel(props: Props) {
  const { caseId, zone, summary, item, catalogReady, chain, notices, party, version, nowMs } = props;
  const { t, language } = useI18n();
  const violationName = useViolationName();

  // A case the catalogue cannot judge: say why, in words, rather than the core's refusal.
  if (summary && catalogReady && !item) {
    return (
      <section className="chain" data-testid="chain-panel">
        <p className="chain-cannot">{summary.type ? t.chainUnknownItem(summary.type) : t.chainNoItem}</p>
      </section>
    );
  }

  const verdict = chain.value;
  const unproved = verdict ? verdict.elements.filter((e) => e.state !== 'proved').length : 0;
  return (
    <section className="chain" aria-label={t.tabChain} data-testid="chain-panel">
      {chain.state === 'error' && <ErrorBanner error={chain.error} onRetry={props.onRetry} />}
      {!verdict && chain.state === 'loading' && <p className="muted">{t.loading}</p>}
      {verdict && (
        <>
          <div className={verdict.complete ? 'chain-verdict is-complete' : 'chain-verdict is-incomplete'} data-testid="chain-verdict" data-complete={verdict.complete}>
            <span className="chain-verdict-icon" aria-hidden="true">
              {verdict.complete ? '✓' : '!'}
            </span>
            <div className="chain-verdict-text">
              <strong>{verdict.complete ? t.chainComplete : t.chainIncomplete(unproved)}</strong>
              {item && (
                <span className="chain-item">
                  {t.chainItemLine(violationName(item, item.code), item.penaltyText)}
                </span>
              )}
            </div>
          </div>

          <ol className="element-strip" aria-label={t.elementsHeading}>
            {verdict.elements.map((e) => (
              <li key={e.id} className={`strip-item el-${e.state}`}>
                <button
                  type="button"
                  title={`${language === 'en' ? e.nameEn : e.name} · ${t.elementStates[e.state]}`}
                  onClick={() => document.getElementById(`chain-el-${e.id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
                >
                  <span className="el-icon" aria-hidden="true">
                    {STATE_ICON[e.state]}
                  </span>
                  <span className="strip-name">{language === 'en' ? e.nameEn : e.name}</span>
                  <span className="visually-hidden">{t.elementStates[e.state]}</span>
                </button>
              </li>
            ))}
          </ol>

          <Block title={t.elementsHeading} testId="chain-elements">
            <ol className="elements">
              {verdict.elements.map((e) => (
                <ChainElementRow key={e.id} element={e} refs={{ caseId, notices, party }} onFix={props.onFix} />
              ))}
            </ol>
          </Block>

          <Block title={t.discretionHeading} testId="chain-discretion">
            <DiscretionSection
              caseId={caseId}
              zone={zone}
              suggestion={verdict.discretion}
              tiers={item?.tiers ?? []}
              complete={verdict.complete}
              version={version}
              onChanged={props.onChanged}
            />
          </Block>

          <Block title={t.timelineHeading} sub={t.timelineSub} testId="chain-timeline">
            <ChainTimeline events={verdict.timeline} notices={notices} nowMs={nowMs} onOpen={props.onOpenEvent} />
          </Block>
        </>
      )}
    </section>
  );
}
