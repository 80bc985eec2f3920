// Says in words what a capture time rests on: the zone the device wrote, a zone we assumed, a video's UTC
// header, or nothing at all.

import type { EvidenceItem } from '../../../electron/contract/dto';
import { offsetOf } from '../format/date-time';
import { useI18n } from '../i18n';

type Item = Pick<EvidenceItem, 'capturedAt' | 'timeBasis' | 'assumedZone'>;

export function useTimeBasisText(): (item: Item) => string {
  const { t } = useI18n();
  return (item) => {
    switch (item.timeBasis) {
      case 'exif-offset':
        return t.basisExifOffset((item.capturedAt && offsetOf(item.capturedAt)) ?? '?');
      case 'assumed-zone':
        return t.basisAssumedZone(item.assumedZone ?? '?');
      case 'video-mvhd':
        return t.basisVideoMvhd;
      case 'none':
        return t.basisNone;
    }
  };
}
