/**
 * Previous/next buttons over a cursor-paged list. The API pages forward only, so going back means
 * remembering the cursors of the pages already seen: `cursors` ends with the current page's.
 */
export function CursorPager(props: {
  label: string;
  cursors: (string | undefined)[];
  nextCursor: string | null | undefined;
  onChange(cursors: (string | undefined)[]): void;
}) {
  const { cursors, nextCursor, onChange } = props;
  return (
    <nav className="actions" aria-label={props.label}>
      <button
        type="button"
        className="secondary"
        disabled={cursors.length <= 1}
        onClick={() => onChange(cursors.slice(0, -1))}
      >
        Previous page
      </button>
      <button
        type="button"
        className="secondary"
        disabled={!nextCursor}
        onClick={() => onChange([...cursors, nextCursor ?? undefined])}
      >
        Next page
      </button>
    </nav>
  );
}
