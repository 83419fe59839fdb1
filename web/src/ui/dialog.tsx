import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it, and focus returns
 * to what opened it. `className="drawer"` makes it a side panel.
 */
export function Dialog({
  title,
  open,
  onClose,
  children,
  className,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className={className}>
      <h2 id={titleId}>{title}</h2>
      {open && children}
      <div className="actions">
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
