import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFieldsFrom } from '../audit/request.ts';
import { currentActor } from '../auth/middleware.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize } from '../authz/authorize.ts';
import { notFound } from '../authz/not-found.ts';
import { assertOrganizationOpen } from '../closure/service.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createRouter } from '../http/router.ts';
import { findTeamById } from '../orgs/service.ts';
import { attachTranscript } from './attach-transcript.ts';
import { type ContentPart, readUploadContent } from './content.ts';
import { createUpload } from './create.ts';
import { deleteUpload } from './delete.ts';
import { parseRange } from './range.ts';
import { findUpload, listUploads, uploadResource, viewUpload } from './read.ts';
import { uploadKinds, uploadStatuses } from './tables.ts';
import { UploadSchema, uploadView } from './views.ts';

const tags = ['uploads'];
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const IdParam = z.object({ id: z.uuid() });
const refusals = {
  413: { description: 'Over MAX_UPLOAD_BYTES, MAX_DOCUMENT_BYTES or MAX_AUDIO_SECONDS' },
  415: { description: 'Not an accepted type; the error lists the accepted ones' },
  422: {
    description: 'UPLOAD_REJECTED with `findings`, or a file that cannot be read (empty, damaged, truncated)',
  },
};

const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  middleware: [allow('upload.create')],
  summary: 'Upload a recording or paperwork (multipart/form-data, streamed)',
  description:
    'Parts: `file` (required), `kind` (required), `transcript` (recordings), `title`, `sessionDate`, `team` ' +
    '(unless the uploader has one team), `replaces`. Send the text fields before `file` so refusals come ' +
    'before the file is read; any order is accepted. The body is not validated up front: it is streamed.',
  responses: {
    201: { description: 'Accepted', ...json(UploadSchema) },
    202: {
      description: 'Received; waiting for a transcript (transcribing or needs_transcript)',
      ...json(UploadSchema),
    },
    ...errorResponses(400, 401, 403, 404, 409),
    ...refusals,
  },
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  middleware: [allow('upload.list')],
  summary: 'Uploads the caller may see, newest first (metadata only)',
  request: {
    query: z.object({
      team: z.uuid().optional(),
      status: z.enum(uploadStatuses).optional(),
      kind: z.enum(uploadKinds).optional(),
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'One page',
      ...json(z.object({ uploads: z.array(UploadSchema), nextCursor: z.string().nullable() })),
    },
    ...errorResponses(400, 401, 403),
  },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  middleware: [allow('upload.view')],
  summary: 'One upload: status, progress (`ready`, `playable`) and, for its uploader, the masked findings',
  request: { params: IdParam },
  responses: { 200: { description: 'The upload', ...json(UploadSchema) }, ...errorResponses(401, 403, 404) },
});

const contentRoute = (part: ContentPart) =>
  createRoute({
    method: 'get',
    path: part === 'content' ? '/{id}/content' : `/{id}/${part}`,
    tags,
    middleware: [
      allow(
        part === 'content' ? 'upload.stream' : part === 'transcript' ? 'upload.transcript' : 'upload.peaks',
      ),
    ],
    summary:
      part === 'content'
        ? 'The stored recording (Ogg Opus) or document, decrypted as it streams; Range supported; `?download=1` for an attachment'
        : part === 'transcript'
          ? "The recording's transcript, as stored"
          : 'Waveform peaks (audiowaveform JSON, version 2) for the player',
    request: {
      params: IdParam,
      query: z.object({ download: z.enum(['0', '1', 'true', 'false']).optional() }),
      headers: z.object({ range: z.string().max(200).optional() }),
    },
    responses: {
      200: { description: 'The content' },
      206: { description: 'The requested byte range' },
      ...errorResponses(401, 403, 404, 409),
      416: { description: 'Range not satisfiable' },
    },
  });

const attach = createRoute({
  method: 'put',
  path: '/{id}/transcript',
  tags,
  middleware: [allow('upload.attach_transcript')],
  summary:
    'Attach the transcript of a recording that needs one: multipart part `transcript`, or the raw body as text/vtt, application/x-subrip, application/json or text/plain',
  request: { params: IdParam },
  responses: {
    201: { description: 'Scanned clean: accepted', ...json(UploadSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
    ...refusals,
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  middleware: [allow('upload.delete')],
  summary: 'Crypto-shred an upload (its uploader, or an admin); the row stays as a tombstone',
  request: { params: IdParam },
  responses: { 204: { description: 'Shredded' }, ...errorResponses(401, 403, 404, 409) },
});

/** A neutral name for downloads: the uploaded file's own name is never stored. */
const extensions: Record<string, string> = {
  'audio/ogg': 'ogg',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/rtf': 'rtf',
  'text/plain': 'txt',
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'application/json': 'json',
};
const downloadName = (id: string, contentType: string) =>
  `qa-vault-${id}.${extensions[contentType.split(';')[0]!.trim()] ?? 'bin'}`;

async function serveContent(
  c: Context<AppEnv>,
  part: ContentPart,
  id: string,
  download: boolean,
  rangeHeader?: string,
) {
  const deps = c.get('deps');
  const row = await findUpload(deps.db, id);
  const action = download
    ? 'upload.download'
    : part === 'content'
      ? 'upload.stream'
      : part === 'transcript'
        ? 'upload.transcript'
        : 'upload.peaks';
  const { grantId, actor } = await authorize(c, action, uploadResource(row));
  const range = parseRange(rangeHeader);
  const { opened, contentType } = await readUploadContent(deps, {
    row,
    part,
    range,
    download,
    sessionId: actor.sessionId,
    audit: auditFieldsFrom(c),
    grantId,
  });
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Content-Length': String(opened.length),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
    // A document opened in the browser must not run anything or reach anywhere from our origin.
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
  if (download)
    headers['Content-Disposition'] = `attachment; filename="${downloadName(row.id, contentType)}"`;
  if (range) headers['Content-Range'] = `bytes ${opened.start}-${opened.end}/${opened.size}`;
  return c.body(opened.stream, range ? 206 : 200, headers);
}

const isDownload = (v: string | undefined) => v === '1' || v === 'true';

export const uploadRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get('deps');
    const actor = currentActor(c);
    // Refused before a byte of the body is read.
    await assertOrganizationOpen(deps.db, actor.organizationId, 'uploading');
    const { row, status } = await createUpload(deps, {
      actor,
      request: c.req.raw,
      audit: auditFieldsFrom(c),
      async authorizeTeam(teamId) {
        const team = await findTeamById(deps.db, teamId);
        if (!team) throw notFound('team');
        await authorize(c, 'upload.create', {
          type: 'team',
          id: team.id,
          organizationId: team.organizationId,
        });
      },
    });
    return c.json(uploadView(row, { withFindings: true }), status);
  })
  .openapi(list, async (c) => {
    const q = c.req.valid('query');
    const actor = currentActor(c);
    const page = await listUploads(c.get('deps').db, {
      actor,
      filter: { team: q.team, status: q.status, kind: q.kind },
      cursor: q.cursor,
      limit: q.limit,
      audit: auditFieldsFrom(c),
    });
    const uploads = page.rows.map((r) => uploadView(r, { withFindings: r.ownerId === actor.userId }));
    return c.json({ uploads, nextCursor: page.nextCursor }, 200);
  })
  .openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('deps');
    const row = await findUpload(db, id);
    const { actor, grantId } = await authorize(c, 'upload.view', uploadResource(row));
    await viewUpload(db, { row, audit: auditFieldsFrom(c), grantId });
    return c.json(uploadView(row, { withFindings: row.ownerId === actor.userId }), 200);
  })
  .openapi(contentRoute('content'), async (c) => {
    const { id } = c.req.valid('param');
    const { download } = c.req.valid('query');
    return serveContent(c, 'content', id, isDownload(download), c.req.valid('header').range);
  })
  .openapi(contentRoute('transcript'), async (c) => {
    const { id } = c.req.valid('param');
    return serveContent(c, 'transcript', id, false, c.req.valid('header').range);
  })
  .openapi(contentRoute('peaks'), async (c) => {
    const { id } = c.req.valid('param');
    return serveContent(c, 'peaks', id, false, c.req.valid('header').range);
  })
  .openapi(attach, async (c) => {
    const { id } = c.req.valid('param');
    const deps = c.get('deps');
    const row = await findUpload(deps.db, id);
    await authorize(c, 'upload.attach_transcript', uploadResource(row));
    const result = await attachTranscript(deps, { row, request: c.req.raw, audit: auditFieldsFrom(c) });
    return c.json(uploadView(result.row, { withFindings: true }), 201);
  })
  .openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    const deps = c.get('deps');
    const row = await findUpload(deps.db, id);
    if (row.status === 'deleted') throw notFound('upload');
    const { grantId, actor } = await authorize(c, 'upload.delete', uploadResource(row));
    // Once a review has started only an admin may delete (the policy says so; this closes the race).
    const beforeReviewOnly = actor.role !== 'admin';
    await deleteUpload(deps, { row, audit: auditFieldsFrom(c), grantId, beforeReviewOnly });
    return c.body(null, 204);
  });
