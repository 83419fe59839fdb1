import { z } from '@hono/zod-openapi';
import { uploadKinds } from '../uploads/tables.ts';

/** Limits that keep a rubric a form a person fills in, not a store for arbitrary data. */
export const MAX_RUBRIC_ITEMS = 50;
export const MAX_SCALE_POINTS = 101;

const ItemSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, - and _, up to 40 characters'),
    label: z.string().trim().min(1).max(200),
    help: z.string().trim().max(1000).optional(),
    scale: z
      .object({
        min: z.number().int().min(-100).max(100),
        max: z.number().int().min(-100).max(100),
        labels: z
          .record(z.string().regex(/^-?\d+$/, 'a point of the scale'), z.string().trim().min(1).max(100))
          .optional(),
      })
      .strict()
      .refine(
        (s) => s.max > s.min && s.max - s.min < MAX_SCALE_POINTS,
        'max must be above min (at most 100 apart)',
      )
      .refine(
        (s) => Object.keys(s.labels ?? {}).every((k) => Number(k) >= s.min && Number(k) <= s.max),
        'labels must name points between min and max',
      ),
  })
  .strict()
  .openapi('RubricItem');

export const RubricInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    items: z
      .array(ItemSchema)
      .min(1)
      .max(MAX_RUBRIC_ITEMS)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
    appliesTo: z
      .array(z.enum(uploadKinds))
      .min(1)
      .refine((kinds) => new Set(kinds).size === kinds.length, 'kinds must be unique'),
  })
  .strict()
  .openapi('RubricInput');
export type RubricInput = z.infer<typeof RubricInputSchema>;

export const RubricSchema = z
  .object({
    id: z.uuid().openapi({ description: 'The rubric; stays the same across versions' }),
    versionId: z.uuid().openapi({ description: 'This version; what a review records' }),
    version: z.number().int(),
    currentVersion: z.number().int(),
    name: z.string(),
    items: z.array(ItemSchema),
    appliesTo: z.array(z.enum(uploadKinds)),
    createdAt: z.string(),
  })
  .openapi('Rubric');
export type RubricView = z.infer<typeof RubricSchema>;
