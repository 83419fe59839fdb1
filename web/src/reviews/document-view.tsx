import { useEffect, useRef, useState } from 'react';
import type { Comment } from './api';
import { useDocumentText } from './api';

/**
 * A PDF drawn in the page with pdf.js (it reads /content with Range requests), one canvas per page;
 * DOCX, RTF and text shown as their extracted text. `renderPage` adds what belongs to a page (its
 * comments, the comment form) under it.
 */
export function DocumentView({
  uploadId,
  contentType,
  renderPage,
}: {
  uploadId: string;
  contentType: string;
  comments: Comment[];
  renderPage: (page: number) => React.ReactNode;
}) {
  return contentType.startsWith('application/pdf') ? (
    <PdfPages uploadId={uploadId} renderPage={renderPage} />
  ) : (
    <TextPages uploadId={uploadId} renderPage={renderPage} />
  );
}

function PdfPages({
  uploadId,
  renderPage,
}: {
  uploadId: string;
  renderPage: (page: number) => React.ReactNode;
}) {
  const [pages, setPages] = useState<number>();
  const [failed, setFailed] = useState(false);
  const doc = useRef<import('pdfjs-dist').PDFDocumentProxy | null>(null);
  useEffect(() => {
    let cancelled = false;
    let loading: { destroy(): Promise<void> } | undefined;
    (async () => {
      // Loaded on demand: pdf.js is large and only documents need it.
      const pdfjs = await import('pdfjs-dist');
      // One worker for every document. Written as `new Worker(new URL(…))` so Vite bundles it as a
      // .js chunk of its own (the app's server types .js, and a module script needs that type).
      pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(
        new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url),
        { type: 'module' },
      );
      const task = pdfjs.getDocument({ url: `/api/uploads/${uploadId}/content`, withCredentials: true });
      loading = task;
      const loaded = await task.promise;
      if (cancelled) return void task.destroy();
      doc.current = loaded;
      setPages(loaded.numPages);
    })().catch(() => setFailed(true));
    return () => {
      cancelled = true;
      void loading?.destroy();
    };
  }, [uploadId]);
  if (failed)
    return (
      <p role="alert" className="alert error">
        The document could not be shown.
      </p>
    );
  if (!pages) return <p aria-live="polite">Loading the document…</p>;
  return (
    <div className="document">
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
        <section key={n} aria-label={`Page ${n}`} className="doc-page">
          <PdfCanvas doc={doc} page={n} />
          {renderPage(n)}
        </section>
      ))}
    </div>
  );
}

function PdfCanvas({
  doc,
  page,
}: {
  doc: React.RefObject<import('pdfjs-dist').PDFDocumentProxy | null>;
  page: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const pdf = doc.current;
      const el = canvas.current;
      if (!pdf || !el) return;
      const p = await pdf.getPage(page);
      const viewport = p.getViewport({ scale: 1.25 });
      el.width = viewport.width;
      el.height = viewport.height;
      if (!cancelled) await p.render({ canvas: el, viewport }).promise;
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [doc, page]);
  return <canvas ref={canvas} role="img" aria-label={`Page ${page} of the document`} />;
}

function TextPages({
  uploadId,
  renderPage,
}: {
  uploadId: string;
  renderPage: (page: number) => React.ReactNode;
}) {
  const text = useDocumentText(uploadId, true);
  if (text.isPending) return <p aria-live="polite">Loading the document…</p>;
  if (text.isError)
    return (
      <p role="alert" className="alert error">
        The document could not be shown.
      </p>
    );
  const byPage = new Map<number, string[]>();
  for (const line of text.data.lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line.text]);
  return (
    <div className="document">
      {[...byPage.entries()].map(([page, lines]) => (
        <section key={page} aria-label={`Page ${page}`} className="doc-page">
          <div className="doc-text">
            {lines.map((l, i) => (
              // Lines have no identity of their own; their order never changes.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <p key={i}>{l || '\u00a0'}</p>
            ))}
          </div>
          {renderPage(page)}
        </section>
      ))}
    </div>
  );
}
