// A SHA-256 shown short in a table, the full value on hover, and a button that copies the full value.

import { useEffect, useState } from 'react';
import { copyText } from '../data/clipboard';
import { shortHash } from '../format/hash';
import { useI18n } from '../i18n';

export function ShortHash({ hash }: { hash: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async (): Promise<void> => {
    if (await copyText(hash)) setCopied(true);
  };

  return (
    <span className="short-hash">
      <code className="short-hash-text selectable" title={t.hashTitle(hash)} data-testid="short-hash">
        {shortHash(hash)}
      </code>
      <button type="button" className="icon-btn" title={t.copyHash} aria-label={t.copyHash} onClick={() => void copy()}>
        {copied ? (
          <span className="copied">{t.copied}</span>
        ) : (
          <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
            <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
            <path d="M3 10.5V3.8C3 3.1 3.6 2.5 4.3 2.5H10.5" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
          </svg>
        )}
      </button>
    </span>
  );
}
