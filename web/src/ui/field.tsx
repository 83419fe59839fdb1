import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

type FieldProps = { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input; the hint is tied to it with aria-describedby. */
export function Field({ label, hint, id, ...input }: FieldProps) {
  const auto = useId();
  const inputId = id ?? auto;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} aria-describedby={hintId} {...input} />
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

type SelectProps = { label: string; children: ReactNode } & InputHTMLAttributes<HTMLSelectElement>;

export function SelectField({ label, children, id, ...select }: SelectProps) {
  const auto = useId();
  const selectId = id ?? auto;
  return (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} {...(select as object)}>
        {children}
      </select>
    </div>
  );
}

/**
 * A required choice that starts with nothing chosen ("Choose…"), so the form cannot be sent until
 * someone picks; `defaultValue` preselects one when editing.
 */
export function ChoiceField({
  label,
  name,
  choices,
  defaultValue = '',
}: {
  label: string;
  name: string;
  choices: readonly { value: string; label: string }[];
  defaultValue?: string;
}) {
  return (
    <SelectField label={label} name={name} required defaultValue={defaultValue}>
      <option value="" disabled>
        Choose…
      </option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </SelectField>
  );
}
