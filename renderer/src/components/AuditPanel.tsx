// The case's audit trail: who did what and when, in the order the hash chain records it, and a check that the
// chain is intact.

import { useState } from 'react';
import type { AuditVerifyResult } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { formatInstantInZone } from '../format/date-time';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';

interface Props {
  caseId: string;
  zone: string;
  /** Changes whenever the case changes (an import finished), so the list reloads. */
  version: number;
}

/** "case:C2026-0001/C2026-0001-E003" reads as "E003" inside that case's own log. */
function shortSubject(subject: string, caseId: string): string {
  const inCase = `case:${caseId}`;
  if (subject === inCase) return '';
  if (subject.startsWith(`${inCase}/`)) {
    const rest = subject.slice(inCase.length + 1);
    return rest.startsWith(`${caseId}-`) ? rest.slice(caseId.length + 1) : rest;
  }
  return subject;
}

export function AuditPanel({ caseId, zone, version }: Props) {
  const { t, language } = useI18n();
  const { data, reload } = useLoad(() => call('audit.list', { caseId }), [caseId, version]);
  const [verify, setVerify] = useState<AuditVerifyResult | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);

  const runVerify = async (): Promise<void> => {
    setVerifyError(null);
    try {
      setVerify(await call('audit.verify', {}));
    } catch (err) {
      setVerify(null);
      setVerifyError(err);
    }
  };

  const entries = data.value;
  return (
    <section className="audit" aria-label={t.auditHeading} data-testid="audit-panel">
      <div className="audit-tools">
        <button type="button" className="btn btn-small" onClick={() => void runVerify()}>
          {t.auditVerify}
        </button>
        <button type="button" className="btn btn-small btn-quiet" onClick={() => void reload()}>
          {t.auditRefresh}
        </button>
      </div>
      {verify && (
        <div className={verify.ok ? 'banner banner-ok' : 'banner banner-error'} role="status">
          <div className="banner-text">
            <strong>{verify.ok ? t.auditVerifyOk(verify.entries) : t.auditVerifyBad(verify.problems.length)}</strong>
            {verify.problems.map((p) => (
              <span key={`${p.seq}-${p.kind}`}>
                #{p.seq} {language === 'en' ? p.en : p.zh}
              </span>
            ))}
          </div>
        </div>
      )}
      {verifyError !== null && <ErrorBanner error={verifyError} onClose={() => setVerifyError(null)} />}
      {data.state === 'error' && <ErrorBanner error={data.error} onRetry={() => void reload()} />}
      {entries && entries.length === 0 && <p className="muted">{t.auditEmpty}</p>}
      {entries && entries.length > 0 && (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col" className="num nowrap">
                {t.auditSeq}
              </th>
              <th scope="col">
                {t.auditAt} · {t.auditActor}
              </th>
              <th scope="col">{t.auditAction}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq} data-action={e.action}>
                <td className="num mono">{e.seq}</td>
                <td>
                  <span className="audit-at">{formatInstantInZone(e.at, zone, t.dateStyle)}</span>
                  <span className="audit-actor">{e.actor}</span>
                </td>
                <td>
                  <span className="audit-action" title={e.subject ?? ''}>
                    {t.auditActions[e.action] ?? e.action}
                  </span>
                  {e.subject && shortSubject(e.subject, caseId) !== '' && <span className="audit-subject mono">{shortSubject(e.subject, caseId)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
