import { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { AppError, invalidRequest } from '../http/errors.ts';
import { type UploadKind, uploadKinds } from './tables.ts';

/** The text fields of the upload form; `file` and `transcript` are the file parts. */
export const uploadFieldNames = ['kind', 'title', 'sessionDate', 'team', 'replaces'] as const;
export const uploadFileNames = ['file', 'transcript'] as const;
/** Each text field is short; the multipart reader refuses a field past this. */
export const MAX_FIELD_BYTES = 1024;

const noControls = (v: string) => !/\p{Cc}/u.test(v);

export const UploadFields = z
  .object({
    kind: z.enum(uploadKinds),
    title: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine(noControls, 'must not contain control characters')
      // Fields are decoded leniently: bytes that are not UTF-8 arrive as U+FFFD, never as an error.
      .refine((v) => !v.includes('\uFFFD'), 'must be valid UTF-8 text')
      .optional(),
    sessionDate: z.iso.date().optional(),
    team: z.uuid().optional(),
    replaces: z.uuid().optional(),
  })
  .strict();
export type UploadFields = z.output<typeof UploadFields>;

/** Validates the collected fields with the router's wording (names the field, never echoes it). */
export function parseUploadFields(fields: ReadonlyMap<string, string>): UploadFields {
  const result = UploadFields.safeParse(Object.fromEntries(fields));
  if (result.success) return result.data;
  throw invalidRequest(result.error.issues, '(form)');
}

/** The kind, if the field arrived already and is valid (the file part may come before it). */
export function kindSoFar(fields: ReadonlyMap<string, string>): UploadKind | undefined {
  const parsed = UploadFields.shape.kind.safeParse(fields.get('kind'));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The team the upload is for: the `team` field, or the uploader's only team. Undefined while it
 * cannot be known yet (`final: false`, the field may still come); an error once it cannot be known.
 */
export function resolveTeam(
  actor: Actor,
  fields: ReadonlyMap<string, string>,
  final: boolean,
): string | undefined {
  const named = fields.get('team');
  if (named !== undefined) {
    const parsed = z.uuid().safeParse(named);
    if (parsed.success) return parsed.data;
    if (final) throw new AppError('VALIDATION_FAILED', 'Invalid request: team: must be a team id');
    return undefined;
  }
  if (actor.teamIds.length === 1) return actor.teamIds[0];
  if (!final) return undefined;
  throw new AppError(
    'VALIDATION_FAILED',
    actor.teamIds.length === 0
      ? 'Invalid request: team: you belong to no team'
      : 'Invalid request: team: you belong to several teams; name one',
  );
}
