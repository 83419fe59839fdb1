import { useId, useState } from 'react';

/**
 * A reason kept for the record (holds, closure): a textarea with the minimum the server enforces and
 * a count that updates as one types, so nobody learns the rule from a refusal.
 */
export function ReasonField({
  label,
  name = 'reason',
  min,
  hint,
}: {
  label: string;
  name?: string;
  min: number;
  hint: string;
}) {
  const id = useId();
  const [length, setLength] = useState(0);
  const short = length < min;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        required
        minLength={min}
        maxLength={2000}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(e) => setLength(e.target.value.trim().length)}
      />
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
      <span id={`${id}-count`} className={short ? 'hint' : 'hint ok-text'}>
        {length} characters{short ? ` — at least ${min} needed` : ''}
      </span>
    </div>
  );
}
