import { useState } from 'react';
import type { Review, Rubric, UploadKind } from './api';
import { useReviewAction, useRubrics } from './api';
import { SaveError } from './refusal';

/**
 * The reviewer's side of a review: start it, score it with a rubric that applies to the upload's
 * kind, write a summary, then "Complete review" or "Return to therapist"; a decided review can be
 * reopened. The server checks every transition; a stale page gets its 409 shown here.
 */
export function DecisionPanel({
  uploadId,
  review,
  kind,
}: {
  uploadId: string;
  review: Review;
  kind: UploadKind;
}) {
  const act = useReviewAction(uploadId);
  const rubrics = useRubrics();
  const usable = (rubrics.data ?? []).filter((r) => r.appliesTo.includes(kind));
  const [rubricId, setRubricId] = useState<string>(review.rubric?.id ?? '');
  const rubric: Rubric | undefined =
    review.rubric && review.rubric.id === rubricId ? review.rubric : usable.find((r) => r.id === rubricId);
  const [scores, setScores] = useState<Record<string, number>>(review.scores ?? {});
  const [summary, setSummary] = useState(review.summary ?? '');

  if (review.state === 'unreviewed') {
    return (
      <section aria-label="Review" className="card">
        <h2>Review</h2>
        <p>Nobody has started reviewing this yet. Once you start, the therapist can no longer delete it.</p>
        <SaveError error={act.error} />
        <button type="button" onClick={() => act.mutate({ action: 'start' })} disabled={act.isPending}>
          Start review
        </button>
      </section>
    );
  }
  if (review.state !== 'in_review') {
    return (
      <section aria-label="Review" className="card">
        <h2>Review</h2>
        <p>
          {review.state === 'reviewed'
            ? 'This review is complete.'
            : 'This review was returned to the therapist.'}
        </p>
        <ScoresView review={review} />
        <SaveError error={act.error} />
        <button
          type="button"
          className="secondary"
          onClick={() => act.mutate({ action: 'reopen' })}
          disabled={act.isPending}
        >
          Reopen review
        </button>
      </section>
    );
  }
  const decide = (action: 'complete' | 'return') =>
    act.mutate({
      action,
      ...(rubric ? { rubricId: rubric.id, scores } : {}),
      summary,
    });
  return (
    <section aria-label="Review" className="card">
      <h2>Review</h2>
      <div className="field">
        <label htmlFor="rubric">Rubric</label>
        <select id="rubric" value={rubricId} onChange={(e) => setRubricId(e.target.value)}>
          <option value="">No rubric</option>
          {review.rubric && !usable.some((r) => r.id === review.rubric?.id) && (
            <option value={review.rubric.id}>{review.rubric.name}</option>
          )}
          {usable.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {rubric?.items.map((item) => (
        <fieldset key={item.id} className="score">
          <legend>{item.label}</legend>
          {item.help && <p className="hint">{item.help}</p>}
          <div className="scale">
            {Array.from({ length: item.scale.max - item.scale.min + 1 }, (_, i) => item.scale.min + i).map(
              (point) => (
                <label key={point} className="inline">
                  <input
                    type="radio"
                    name={`score-${item.id}`}
                    value={point}
                    checked={scores[item.id] === point}
                    onChange={() => setScores({ ...scores, [item.id]: point })}
                  />
                  {point}
                  {item.scale.labels?.[String(point)] ? ` ${item.scale.labels[String(point)]}` : ''}
                </label>
              ),
            )}
          </div>
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="summary">Summary for the therapist</label>
        <textarea
          id="summary"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          maxLength={20000}
        />
      </div>
      <SaveError error={act.error} />
      <div className="actions">
        <button type="button" onClick={() => decide('complete')} disabled={act.isPending}>
          Complete review
        </button>
        <button type="button" className="secondary" onClick={() => decide('return')} disabled={act.isPending}>
          Return to therapist
        </button>
      </div>
    </section>
  );
}

/** Scores and summary as sent back (the therapist's view, and a decided review). */
export function ScoresView({ review }: { review: Review }) {
  const rubric = review.rubric;
  return (
    <>
      {rubric && review.scores && (
        <table>
          <caption>
            {rubric.name} (version {rubric.version})
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {rubric.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label}</th>
                <td>
                  {review.scores?.[item.id] ?? '—'} of {item.scale.min}–{item.scale.max}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {review.summary && (
        <div>
          <h3>Summary</h3>
          <p className="comment-body">{review.summary}</p>
        </div>
      )}
    </>
  );
}
