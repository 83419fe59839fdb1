import { type FormEvent, useState } from 'react';
import { ErrorAlert, Notice } from '../ui/alert';
import { StatusChip } from '../ui/status-chip';
import { kindNames } from '../uploads/labels';
import { type RetentionKind, useRetentionRules, useSaveRetentionRules } from './queries';

export const inYears = (days: number) => {
  const years = days / 365;
  return `${Number.isInteger(years) ? years : years.toFixed(1)} ${years === 1 ? 'year' : 'years'}`;
};

/**
 * Days each kind is kept after acceptance. The floor is checked here so the admin sees it next to the
 * field; the server checks it again and its refusal (400) is shown as it comes.
 */
export function RetentionRulesForm() {
  const rules = useRetentionRules();
  const save = useSaveRetentionRules();
  const [errors, setErrors] = useState<Partial<Record<RetentionKind, string>>>({});
  const [draft, setDraft] = useState<Partial<Record<RetentionKind, string>>>({});
  const data = rules.data;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!data) return;
    const found: typeof errors = {};
    const changed: { kind: RetentionKind; keepDays: number }[] = [];
    for (const rule of data.rules) {
      const text = draft[rule.kind];
      if (text === undefined) continue;
      const days = Number(text);
      if (!Number.isInteger(days) || days < 1) found[rule.kind] = 'Enter a whole number of days.';
      else if (days < data.minDays)
        found[rule.kind] =
          `At least ${data.minDays} days (${inYears(data.minDays)}): no rule may go under the floor.`;
      else if (days !== rule.keepDays) changed.push({ kind: rule.kind, keepDays: days });
    }
    setErrors(found);
    const firstBad = data.rules.find((r) => found[r.kind]);
    if (firstBad) document.getElementById(`keep-${firstBad.kind}`)?.focus();
    if (firstBad || changed.length === 0) return;
    save.mutate(changed, { onSuccess: () => setDraft({}) });
  };

  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <ErrorAlert error={rules.error} />
      {data && (
        <form onSubmit={submit} noValidate>
          <p className="hint">
            Each kind is kept this many days after it was accepted, then disposed of by the daily run. No rule
            may go under the floor of {data.minDays} days ({inYears(data.minDays)}).
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Keep (days after acceptance)</th>
                <th scope="col">In years</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {data.rules.map((rule) => {
                const id = `keep-${rule.kind}`;
                const value = draft[rule.kind] ?? String(rule.keepDays);
                const days = Number(value);
                const error = errors[rule.kind];
                return (
                  <tr key={rule.kind}>
                    <th scope="row">
                      <label htmlFor={id}>{kindNames[rule.kind]}</label>
                    </th>
                    <td>
                      <input
                        id={id}
                        className="days"
                        type="number"
                        inputMode="numeric"
                        min={data.minDays}
                        step={1}
                        value={value}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        onChange={(e) => setDraft({ ...draft, [rule.kind]: e.target.value })}
                      />
                      {error && (
                        <div id={`${id}-error`} className="field-error">
                          {error}
                        </div>
                      )}
                    </td>
                    <td>{Number.isInteger(days) && days > 0 ? inYears(days) : '—'}</td>
                    <td>
                      {rule.isDefault ? (
                        <StatusChip text="Default" tone="info" />
                      ) : (
                        <StatusChip text="Set by an admin" tone="ok" />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ErrorAlert error={save.error} />
          <div role="status">
            {save.isSuccess && Object.keys(draft).length === 0 && <Notice tone="ok">Rules saved.</Notice>}
          </div>
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              Save rules
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
