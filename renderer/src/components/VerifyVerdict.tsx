// The answer first: 通过 or 未通过, the three things a reviewer asks before reading on — is the file intact, is
// the signer trusted, is the chain complete — and, when it failed, which checks failed, in words.

import type { VerifyResultDto } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';

function Chip({ ok, label, testId }: { ok: boolean; label: string; testId: string }) {
  return (
    <li className={ok ? 'verify-chip is-ok' : 'verify-chip is-bad'} data-testid={testId} data-ok={ok}>
      <span aria-hidden="true">{ok ? '✓' : '✕'}</span>
      {label}
    </li>
  );
}

export function VerifyVerdict({ result, chainComplete }: { result: VerifyResultDto; chainComplete: boolean | null }) {
  const { t, language } = useI18n();
  const failed = result.checks.filter((c) => !c.ok);
  return (
    <section className={result.ok ? 'verify-verdict is-ok' : 'verify-verdict is-bad'} data-testid="verify-verdict" data-ok={result.ok}>
      <span className="verify-verdict-icon" aria-hidden="true">
        {result.ok ? '✓' : '✕'}
      </span>
      <div className="verify-verdict-text">
        <strong className="verify-verdict-title" data-testid="verify-outcome">
          {result.ok ? t.verifyPassed : t.verifyFailed}
        </strong>
        <span>{result.ok ? t.verifyPassedText : t.verifyFailedText(failed.length)}</span>
        {failed.length > 0 && (
          <ul className="verify-failed" data-testid="verify-failed">
            {failed.map((c) => (
              <li key={c.id}>{language === 'en' ? c.messageEn.charAt(0).toUpperCase() + c.messageEn.slice(1) : c.message}</li>
            ))}
          </ul>
        )}
      </div>
      <ul className="verify-chips">
        <Chip ok={result.intact} label={t.verifyIntact(result.intact)} testId="verify-intact" />
        <Chip ok={result.trusted} label={t.verifyTrusted(result.trusted)} testId="verify-trusted" />
        {chainComplete !== null && <Chip ok={chainComplete} label={t.verifyChainChip(chainComplete)} testId="verify-chain" />}
      </ul>
    </section>
  );
}
