import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Every page's frame: sets the document title and moves focus to the heading when the page
 * appears, so a screen reader announces where a route change landed.
 */
export function Page({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · QA Vault`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {actions && <div className="actions">{actions}</div>}
      {children}
    </>
  );
}
