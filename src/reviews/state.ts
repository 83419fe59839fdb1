import type { AuditAction } from '../audit/actions.ts';
import type { PolicyAction } from '../authz/policy.ts';
import type { ReviewState, storedReviewStates } from './tables.ts';

export const reviewActions = ['start', 'complete', 'return', 'reopen'] as const;
export type ReviewAction = (typeof reviewActions)[number];

interface Transition {
  /** The states the action may leave; any other current state is a 409. */
  from: readonly ReviewState[];
  to: (typeof storedReviewStates)[number];
  policy: PolicyAction;
  audit: AuditAction;
  /** The action carries the review's outcome: a summary, a rubric, scores. */
  decides: boolean;
}

/** The review workflow as data: which action moves which state where, under which policy row. */
export const transitions: Record<ReviewAction, Transition> = {
  start: {
    from: ['unreviewed'],
    to: 'in_review',
    policy: 'review.start',
    audit: 'review.start',
    decides: false,
  },
  complete: {
    from: ['in_review'],
    to: 'reviewed',
    policy: 'review.complete',
    audit: 'review.complete',
    decides: true,
  },
  return: {
    from: ['in_review'],
    to: 'returned',
    policy: 'review.return',
    audit: 'review.return',
    decides: true,
  },
  reopen: {
    from: ['reviewed', 'returned'],
    to: 'in_review',
    policy: 'review.reopen',
    audit: 'review.reopen',
    decides: false,
  },
};

/** What a therapist may see of their own upload's review: only what was sent back to them. */
export const publishedStates: readonly ReviewState[] = ['reviewed', 'returned'];
