import type { Schemas } from '../api/client';

export type Upload = Schemas['Upload'];
export type UploadKind = NonNullable<Upload['kind']>;
export type UploadStatus = Upload['status'];
export type Finding = Schemas['UploadFinding'];

export const kindNames: Record<UploadKind, string> = {
  session_recording: 'Session recording',
  supervision_recording: 'Supervision recording',
  consultation_recording: 'Consultation recording',
  paperwork: 'Paperwork',
};
export const isRecording = (kind: Upload['kind']) => kind !== null && kind !== 'paperwork';

/** Status in a therapist's words, with the chip's tone. */
export const statusNames: Record<UploadStatus, { text: string; tone: 'ok' | 'warn' | 'bad' | 'info' }> = {
  receiving: { text: 'Checking', tone: 'info' },
  transcribing: { text: 'Transcribing', tone: 'info' },
  needs_transcript: { text: 'Needs transcript', tone: 'warn' },
  accepted: { text: 'Accepted', tone: 'ok' },
  rejected: { text: 'Not accepted', tone: 'bad' },
  failed: { text: 'Failed', tone: 'bad' },
  deleted: { text: 'Deleted', tone: 'info' },
};

/** What a finding is, as a therapist would say it (singular, plural). */
export const findingNames: Record<string, [string, string]> = {
  PERSON: ['client name', 'client names'],
  LOCATION: ['place or address', 'places or addresses'],
  ORGANIZATION: ['organization name', 'organization names'],
  DATE: ['date', 'dates'],
  AGE: ['age', 'ages'],
  PHONE: ['phone number', 'phone numbers'],
  EMAIL: ['email address', 'email addresses'],
  SSN: ['social security number', 'social security numbers'],
  ID: ['ID number', 'ID numbers'],
  URL: ['web address', 'web addresses'],
  IP: ['computer address (IP)', 'computer addresses (IP)'],
};

export function findingName(label: string, count = 1): string {
  const names = findingNames[label] ?? ['identifying detail', 'identifying details'];
  return count === 1 ? names[0] : names[1];
}
