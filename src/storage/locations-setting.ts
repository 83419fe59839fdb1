import { z } from 'zod';

/**
 * STORAGE_LOCATIONS: the named blob stores a deployment keeps data in, for data residency, e.g.
 * `{"default":"us","locations":{"us":{"kind":"s3","bucket":"qa-us","region":"us-east-1"},
 * "eu":{"kind":"s3","bucket":"qa-eu","region":"eu-central-1","endpoint":"https://…"}}}`, or
 * `{"kind":"local","directory":"/srv/qa/eu"}` for a directory. Unset: one location, "default",
 * which is the S3_* bucket or DATA_DIR/blobs as before.
 */
const locationName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'names are 1–32 of a-z, 0-9, _ and -');

export const storageLocationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local'), directory: z.string().min(1) }).strict(),
  z
    .object({
      kind: z.literal('s3'),
      bucket: z.string().min(1),
      region: z.string().min(1),
      endpoint: z.url().optional(),
      forcePathStyle: z.boolean().optional(),
    })
    .strict(),
]);
export type StorageLocationSpec = z.output<typeof storageLocationSchema>;

const storageLocationsSchema = z
  .object({ default: locationName, locations: z.record(locationName, storageLocationSchema) })
  .strict()
  .refine((s) => s.default in s.locations, {
    message: 'default must name one of the locations',
    path: ['default'],
  });
export type StorageLocationsSpec = z.output<typeof storageLocationsSchema>;

export const storageLocationsSetting = z
  .preprocess((v) => (v === '' ? undefined : v), z.string().optional())
  .transform((value, ctx): StorageLocationsSpec | undefined => {
    if (value === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
      return z.NEVER;
    }
    const parsed = storageLocationsSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({
          code: 'custom',
          message: `${issue.path.join('.') || '(locations)'}: ${issue.message}`,
        });
      }
      return z.NEVER;
    }
    return parsed.data;
  });
