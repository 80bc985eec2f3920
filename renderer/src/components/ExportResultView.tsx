// The case file an export wrote: its name, pages, SHA-256 (in full: it is what a recipient compares), who signed
// it, whether the chain was complete, the ZIP package if one was asked for, and every warning — a test
// certificate, no timestamp, an incomplete chain exported with a reason.

import { bridge } from '../bridge';
import { bilingual } from '../format/bilingual';
import type { ExportedFile } from '../hooks/useExportJob';
import { useI18n } from '../i18n';
import { ShortHash } from './ShortHash';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function ExportResultView({ result }: { result: ExportedFile }) {
  const { t, language } = useI18n();
  const zip = result.package ? baseName(result.package) : null;
  return (
    <div className="export-result" data-testid="export-result">
      <div className={result.complete ? 'wizard-outcome outcome-ok' : 'wizard-outcome outcome-mixed'}>
        <div className="outcome-line">
          <span className={result.complete ? 'outcome-icon is-ok' : 'outcome-icon is-note'} aria-hidden="true">
            {result.complete ? '✓' : '!'}
          </span>
          <strong className="outcome-title">{result.complete ? t.exportDone : t.exportDoneIncomplete}</strong>
        </div>
      </div>
      <dl className="facts export-facts">
        <div className="fact">
          <dt>{t.exportFileName}</dt>
          <dd className="selectable" data-testid="export-file-name">
            {result.fileName}
          </dd>
        </div>
        <div className="fact">
          <dt>{t.exportPages}</dt>
          <dd data-testid="export-pages">{t.exportPagesValue(result.pages)}</dd>
        </div>
        <div className="fact">
          <dt>{t.exportSha256}</dt>
          <dd>
            <code className="hash selectable" data-testid="export-sha256">
              {result.sha256}
            </code>
          </dd>
        </div>
        <div className="fact">
          <dt>{t.exportSigner}</dt>
          <dd>
            <span className="cert-dn" data-testid="export-signer">
              {result.signer.subject}
            </span>
            <ShortHash hash={result.signer.fingerprintSha256} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t.exportChain}</dt>
          <dd className={result.complete ? 'text-ok' : 'text-note'}>{t.exportChainValue(result.complete)}</dd>
        </div>
        {zip && (
          <div className="fact">
            <dt>{t.exportPackageFile}</dt>
            <dd>
              <a href={bridge.exportUrl(zip)} download={zip} data-testid="export-zip">
                {zip}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {result.warnings.length > 0 && (
        <section className="export-warnings" aria-label={t.exportWarnings}>
          <h3>{t.exportWarnings}</h3>
          <ul data-testid="export-warnings">
            {result.warnings.map((w) => (
              <li key={w}>{bilingual(w, language)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
