import type { SourceLocation } from './types.ts';

/** What kind of identifier a finding is. PERSON and LOCATION are names; the rest are Safe Harbor patterns. */
export const findingLabels = [
  'PERSON',
  'LOCATION',
  'ORGANIZATION',
  'DATE',
  'AGE',
  'PHONE',
  'EMAIL',
  'SSN',
  'ID',
  'URL',
  'IP',
] as const;
export type FindingLabel = (typeof findingLabels)[number];

/** Which detector produced a finding. */
export type DetectorName = 'roster' | 'ner' | 'gazetteer' | 'context' | 'pattern' | 'learned';

/** A span of text a detector believes is an identifier. Offsets are JS string indices, end exclusive. */
export interface Detection {
  start: number;
  end: number;
  label: FindingLabel;
  detector: DetectorName;
  /** 0..1; the policy threshold decides whether it blocks. */
  score: number;
  /** Why, in words that never contain the matched text (e.g. "first-name gazetteer + title 'Ms.'"). */
  reason: string;
}

/** Why a detection does not count against the upload. */
export type Allowance = 'org-allow-list' | 'us-state' | 'us-region';

/** A detection after policy: decided, masked and located. Safe to show, store and log counts of. */
export interface Finding {
  start: number;
  end: number;
  label: FindingLabel;
  detector: DetectorName;
  score: number;
  reason: string;
  /** `block` rejects the upload, `warn` is reported only, `allowed` was cleared by the allow list. */
  action: 'block' | 'warn' | 'allowed';
  allowedBy?: Allowance;
  /** A short context window with this and every other detected identifier masked. */
  excerpt: string;
  location: SourceLocation;
  /** Which text part it came from: `body` or the metadata field name (e.g. "author"). */
  part: string;
}
