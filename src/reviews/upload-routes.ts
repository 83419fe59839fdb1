import { createRoute, z } from '@hono/zod-openapi';
import { auditFieldsFrom } from '../audit/request.ts';
import { errorResponses } from '../auth/schemas.ts';
import { allow, authorize, signedIn } from '../authz/authorize.ts';
import { createRouter } from '../http/router.ts';
import { findUpload, uploadResource } from '../uploads/read.ts';
import { CommentEditSchema, CommentInputSchema, CommentSchema } from './comment-views.ts';
import { createComment, deleteComment, editComment, listComments } from './comments.ts';
import { readDocumentText } from './document-text.ts';
import { actOnReview, readReview } from './review.ts';
import { reviewActions, transitions } from './state.ts';
import { ReviewSchema } from './views.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['reviews'];
const IdParam = z.object({ id: z.uuid() });
const CommentParams = z.object({ id: z.uuid(), commentId: z.uuid() });
const rejected = {
  422: {
    description: 'COMMENT_REJECTED: the text names a client or a place; `findings` holds the masked report',
  },
};

const ActionSchema = z
  .object({
    action: z.enum(reviewActions),
    rubricId: z.uuid().optional(),
    scores: z.record(z.string().max(40), z.number()).optional(),
    summary: z.string().max(20_000).optional(),
  })
  .strict()
  .openapi('ReviewAction');

const act = createRoute({
  method: 'post',
  path: '/{id}/review',
  tags,
  // The policy row depends on the action in the body: the handler authorizes once it is parsed.
  middleware: [signedIn],
  summary: 'Start, complete, return (to the therapist) or reopen the review of an upload',
  description:
    'Conditional: each action leaves one set of states (start: unreviewed; complete, return: in_review; reopen: reviewed, returned); from any other the answer is 409 with the current `state`.',
  request: { params: IdParam, body: { required: true, ...json(ActionSchema) } },
  responses: {
    200: { description: 'The review', ...json(ReviewSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
    ...rejected,
  },
});

const read = createRoute({
  method: 'get',
  path: '/{id}/review',
  tags,
  middleware: [allow('review.read')],
  summary: 'The review of an upload (its therapist sees the outcome once it is returned or completed)',
  request: { params: IdParam },
  responses: { 200: { description: 'The review', ...json(ReviewSchema) }, ...errorResponses(401, 403, 404) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/{id}/comments',
  tags,
  middleware: [allow('comment.list')],
  summary: 'Comments on an upload, by time or page (its therapist sees only those sent back to them)',
  request: { params: IdParam },
  responses: {
    200: { description: 'Comments', ...json(z.object({ comments: z.array(CommentSchema) })) },
    ...errorResponses(401, 403, 404),
  },
});

const create = createRoute({
  method: 'post',
  path: '/{id}/comments',
  tags,
  middleware: [allow('comment.create')],
  summary: 'Comment at a time range, on a page, or on the whole upload; `parentId` replies',
  request: { params: IdParam, body: { required: true, ...json(CommentInputSchema) } },
  responses: {
    201: { description: 'Saved', ...json(CommentSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
    ...rejected,
  },
});

const edit = createRoute({
  method: 'patch',
  path: '/{id}/comments/{commentId}',
  tags,
  middleware: [allow('comment.edit')],
  summary: 'Change the text of your comment within 15 minutes of writing it',
  request: { params: CommentParams, body: { required: true, ...json(CommentEditSchema) } },
  responses: {
    200: { description: 'Saved', ...json(CommentSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
    ...rejected,
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/{id}/comments/{commentId}',
  tags,
  middleware: [allow('comment.delete')],
  summary: 'Delete your comment within 15 minutes of writing it (replies keep their place)',
  request: { params: CommentParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 409) },
});

const text = createRoute({
  method: 'get',
  path: '/{id}/text',
  tags,
  middleware: [allow('upload.text')],
  summary: "A document's text line by line (page, line), for reading DOCX, RTF and text in the page",
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The text',
      ...json(
        z.object({
          format: z.string(),
          lines: z.array(
            z.object({ page: z.number(), line: z.number(), part: z.string().optional(), text: z.string() }),
          ),
        }),
      ),
    },
    ...errorResponses(401, 403, 404),
  },
});

export const reviewUploadRoutes = createRouter()
  .openapi(text, async (c) => {
    const { id } = c.req.valid('param');
    const deps = c.get('deps');
    const upload = await findUpload(deps.db, id);
    const { grantId } = await authorize(c, 'upload.text', uploadResource(upload));
    const body = await readDocumentText(deps, { upload, grantId, audit: auditFieldsFrom(c) });
    return c.json(body, 200);
  })
  .openapi(act, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const deps = c.get('deps');
    const upload = await findUpload(deps.db, id);
    const { actor } = await authorize(c, transitions[body.action].policy, uploadResource(upload));
    const review = await actOnReview(deps, { upload, actor, request: body, audit: auditFieldsFrom(c) });
    return c.json(review, 200);
  })
  .openapi(read, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('deps');
    const upload = await findUpload(db, id);
    const { actor, grantId } = await authorize(c, 'review.read', uploadResource(upload));
    return c.json(await readReview(db, { upload, actor, grantId, audit: auditFieldsFrom(c) }), 200);
  })
  .openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('deps');
    const upload = await findUpload(db, id);
    const { actor, grantId } = await authorize(c, 'comment.list', uploadResource(upload));
    const comments = await listComments(db, { upload, actor, grantId, audit: auditFieldsFrom(c) });
    return c.json({ comments }, 200);
  })
  .openapi(create, async (c) => {
    const { id } = c.req.valid('param');
    const deps = c.get('deps');
    const upload = await findUpload(deps.db, id);
    const { actor } = await authorize(c, 'comment.create', uploadResource(upload));
    const comment = await createComment(deps, {
      upload,
      actor,
      comment: c.req.valid('json'),
      audit: auditFieldsFrom(c),
    });
    return c.json(comment, 201);
  })
  .openapi(edit, async (c) => {
    const { id, commentId } = c.req.valid('param');
    const deps = c.get('deps');
    const upload = await findUpload(deps.db, id);
    const { actor } = await authorize(c, 'comment.edit', uploadResource(upload));
    const comment = await editComment(deps, {
      upload,
      actor,
      commentId,
      body: c.req.valid('json').body,
      audit: auditFieldsFrom(c),
    });
    return c.json(comment, 200);
  })
  .openapi(remove, async (c) => {
    const { id, commentId } = c.req.valid('param');
    const deps = c.get('deps');
    const upload = await findUpload(deps.db, id);
    const { actor } = await authorize(c, 'comment.delete', uploadResource(upload));
    await deleteComment(deps, { upload, actor, commentId, audit: auditFieldsFrom(c) });
    return c.body(null, 204);
  });
