/**
 * The de-identification scanner's public surface. The upload gate builds one scanner at start
 * (`createScanner`) and calls `scanExtraction` with the extractor's output, the team roster and the
 * organization's allow list and policy. Extraction lives in `./extract/`.
 */
export type { Roster } from './detect/roster.ts';
export type { Allowance, DetectorName, Finding, FindingLabel } from './findings.ts';
export { findingLabels } from './findings.ts';
export { maskName } from './mask.ts';
export { type AllowList, defaultPolicy, type ScanPolicy, scanPolicySchema } from './policy.ts';
export {
  createScanner,
  type Scanner,
  type ScanOptions,
  type ScanReport,
  type TextFinding,
} from './scanner.ts';
export type { Extraction, SourceLocation, TextPart } from './types.ts';
