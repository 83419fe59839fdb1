import type { ReviewState, UploadKind } from './api';

export const stateNames: Record<ReviewState, string> = {
  unreviewed: 'Not reviewed',
  in_review: 'In review',
  returned: 'Returned',
  reviewed: 'Reviewed',
};
const tones: Record<ReviewState, string> = {
  unreviewed: 'info',
  in_review: 'warn',
  returned: 'bad',
  reviewed: 'ok',
};

export const kindNames: Record<UploadKind, string> = {
  session_recording: 'Session recording',
  supervision_recording: 'Supervision recording',
  consultation_recording: 'Consultation recording',
  paperwork: 'Paperwork',
};

export function StateChip({ state }: { state: ReviewState }) {
  return <span className={`chip ${tones[state]}`}>{stateNames[state]}</span>;
}
