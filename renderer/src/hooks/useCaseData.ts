// Everything the case screen shows about one case, loaded together and reloaded together: any change (an import,
// a review, a party confirmed, a notice served, a discretion decision) can change the chain verdict, the
// timeline and the gallery's review marks at once, so one version number drives every load. "Now" (for deadlines
// and the timeline's mark) moves on with every change and every minute.

const TICK_MS = 60_000;

import { useCallback, useEffect, useState } from 'react';
import { call } from '../bridge/call';
import { useLoad } from './useLoad';

export function useCaseData(caseId: string) {
  const [version, setVersion] = useState(0);
  const summary = useLoad(async () => (await call('cases.list', {})).find((c) => c.id === caseId) ?? null, [caseId, version]);
  const evidence = useLoad(() => call('evidence.list', { caseId }), [caseId, version]);
  const chain = useLoad(() => call('chain.get', { caseId }), [caseId, version]);
  const notices = useLoad(() => call('notices.list', { caseId }), [caseId, version]);
  const party = useLoad(() => call('party.get', { caseId }), [caseId, version]);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    setNowMs(Date.now());
  }, []);
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return { version, nowMs, summary, evidence, chain, notices, party, changed };
}
