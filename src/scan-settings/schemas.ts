import { z } from 'zod';
import { findingLabels } from '../scan/findings.ts';
import { scanPolicySchema } from '../scan/policy.ts';

export const MAX_ALLOW_LIST_ENTRIES = 1000;
export const MAX_ALLOW_ENTRY_CHARS = 200;

/**
 * Labels that must always block. The product's promise is that a file naming a person or a place is
 * refused; an organization may add to what blocks, never take these away.
 */
export const ALWAYS_BLOCKED = ['PERSON', 'LOCATION'] as const;

/**
 * A whole policy, as GET returns it. Every label is in exactly one list: the scanner reports any
 * label that does not block as a warning, so a label "in neither" would be a warning the stored
 * policy did not show.
 */
export const scanPolicyInputSchema = scanPolicySchema.strict().superRefine((p, ctx) => {
  for (const key of ['block', 'warn'] as const) {
    if (new Set(p[key]).size !== p[key].length) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'lists a label twice' });
    }
  }
  const both = p.block.filter((l) => p.warn.includes(l));
  if (both.length) {
    ctx.addIssue({ code: 'custom', path: ['warn'], message: `in both block and warn: ${both.join(', ')}` });
  }
  const missing = findingLabels.filter((l) => !p.block.includes(l) && !p.warn.includes(l));
  if (missing.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['warn'],
      message: `every label must be in block or warn; missing: ${missing.join(', ')}`,
    });
  }
  const unblocked = ALWAYS_BLOCKED.filter((l) => !p.block.includes(l));
  if (unblocked.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['block'],
      message: `${unblocked.join(' and ')} must stay in block: QA Vault always refuses files that name people or places`,
    });
  }
});

// Messages name the rule, never the value (an entry may be a staff member's name).
const allowEntry = z
  .string()
  .trim()
  .min(1, 'entries must not be empty')
  .max(MAX_ALLOW_ENTRY_CHARS, `entries must be at most ${MAX_ALLOW_ENTRY_CHARS} characters`)
  .refine((v) => !/\p{Cc}/u.test(v), 'entries must not contain control characters');

/** Case-insensitive duplicates are dropped (the scanner matches ignoring case anyway); first spelling wins. */
const dedupe = (entries: string[]) => {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = e.normalize('NFC').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** `PUT /api/scan-settings`: replace the policy, the allow list, or both. */
export const scanSettingsInputSchema = z
  .object({
    policy: scanPolicyInputSchema.optional(),
    allowList: z
      .array(allowEntry)
      .max(MAX_ALLOW_LIST_ENTRIES, `at most ${MAX_ALLOW_LIST_ENTRIES} entries`)
      .transform(dedupe)
      .optional(),
  })
  .strict()
  .refine((b) => b.policy !== undefined || b.allowList !== undefined, {
    message: 'give policy, allowList or both',
  });

export type ScanSettingsInput = z.input<typeof scanSettingsInputSchema>;
