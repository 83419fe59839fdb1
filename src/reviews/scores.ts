import { AppError } from '../http/errors.ts';
import type { RubricItem } from '../rubrics/tables.ts';

const invalid = (message: string) => new AppError('VALIDATION_FAILED', `Invalid request: scores: ${message}`);

/**
 * Scores must name items of the rubric version and sit on each item's scale, as integers. Completing
 * a review needs every item scored; returning one may leave items open. Item ids are echoed in the
 * message: they are the organization's own identifiers, never content.
 */
export function checkScores(
  items: readonly RubricItem[],
  scores: Record<string, number>,
  options: { complete: boolean },
): Record<string, number> {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const [id, value] of Object.entries(scores)) {
    const item = byId.get(id);
    if (!item) throw invalid('an item that is not in the rubric');
    if (!Number.isInteger(value) || value < item.scale.min || value > item.scale.max) {
      throw invalid(`${id} must be a whole number from ${item.scale.min} to ${item.scale.max}`);
    }
  }
  if (options.complete) {
    const open = items.filter((i) => scores[i.id] === undefined).map((i) => i.id);
    if (open.length > 0)
      throw invalid(`score every item to complete the review (missing: ${open.join(', ')})`);
  }
  return scores;
}
