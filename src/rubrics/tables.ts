import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../orgs/tables.ts';
import type { UploadKind } from '../uploads/tables.ts';
import { users } from '../users/tables.ts';

/** One thing a reviewer scores, on an integer scale (`labels` name some of its points). */
export interface RubricItem {
  id: string;
  label: string;
  help?: string;
  scale: { min: number; max: number; labels?: Record<string, string> };
}

/**
 * A rubric is a stable id an organization's admins keep revising; each revision is an immutable
 * version. A review stores the version it was scored with, so changing the rubric never changes
 * what an earlier score meant.
 */
export const rubrics = pgTable(
  'rubrics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    currentVersion: integer('current_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rubrics_org_idx').on(t.organizationId, t.createdAt)],
);

export const rubricVersions = pgTable(
  'rubric_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rubricId: uuid('rubric_id')
      .notNull()
      .references(() => rubrics.id),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    items: jsonb('items').$type<RubricItem[]>().notNull(),
    appliesTo: jsonb('applies_to').$type<UploadKind[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('rubric_versions_rubric_version_key').on(t.rubricId, t.version)],
);

export type Rubric = typeof rubrics.$inferSelect;
export type RubricVersion = typeof rubricVersions.$inferSelect;
