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
