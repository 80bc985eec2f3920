// Everything the chain rules look at, as plain data gathered by electron/main from the workspace: the captures
// with their reviews and devices, the confirmed party, the notices and their service, and the case's history.

import type { TimeBasis } from '../evidence/capture-metadata';
import type { WarningCode } from '../evidence/warnings';
import type { Bounds } from '../data/polygon';
import type { CatalogItem, ElementId } from './catalog';

/** 制作方法: how the evidence was made. */
export type MakingMethod = 'fixed-camera' | 'mobile-capture' | 'data-export';

export interface Art41Review {
  authentic: boolean;
  clear: boolean;
  complete: boolean;
  accurate: boolean;
  note: string | null;
  reviewer: string;
  reviewedAt: string;
}

export interface CameraRegistration {
  ref: string;
  deviceId: string;
  name: string;
  legalReviewOn: string | null;
  techReviewOn: string | null;
  publishedOn: string | null;
  publishedWhere: string | null;
  calibratedFrom: string | null;
  calibratedTo: string | null;
  /** Seconds the camera's clock runs ahead of true time; null where never measured. */
  clockOffsetSeconds: number | null;
}

export interface ChainCapture {
  evidenceId: string;
  seq: number;
  sourceName: string;
  capturedAt: string | null;
  capturedAtMs: number | null;
  timeBasis: TimeBasis;
  gpsTime: string | null;
  warnings: WarningCode[];
  position: { lat: number; lon: number; basis: 'gps' | 'camera-registry' } | null;
  method: MakingMethod;
  /** 制作人: the operator of a mobile capture (a person), or null where none was recorded. */
  operator: string | null;
  deviceLabel: string | null;
  camera: CameraRegistration | null;
  review: Art41Review | null;
  /** 证明对象: the elements this item is offered to prove. */
  proves: ElementId[];
}

export type ServiceMethod = 'direct' | 'post' | 'electronic' | 'public';
export type NoticeKind = 'correction-order' | 'facts-notice';

export interface ChainNotice {
  id: string;
  kind: NoticeKind;
  number: string;
  /** When it was served (for public notice: published), epoch ms. */
  servedAtMs: number;
  method: ServiceMethod;
  /** Electronic service counts only with the party's written consent. */
  consentRecorded: boolean;
  deadlineDays: number;
  statementReceivedAtMs: number | null;
  /** When the handler recorded that no statement came by the deadline. */
  noStatementRecordedAtMs: number | null;
}

export interface ChainParty {
  ref: string;
  kind: string;
  name: string;
  corroborated: boolean;
  premises: { lat: number; lon: number } | null;
  registration: { status: string | null; establishedOn: string | null; active: boolean | null } | null;
}

export interface ChainInput {
  caseId: string;
  item: CatalogItem;
  captures: ChainCapture[];
  party: ChainParty | null;
  notices: ChainNotice[];
  /** Earlier cases in this workspace of the same party and item within 12 months before this one's first capture. */
  priorCaseIds: string[];
  nowMs: number;
  zone: string;
  jurisdiction: Bounds | null;
}
