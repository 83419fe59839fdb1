import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../ui/alert';
import { CursorPager } from '../ui/cursor-pager';
import { formatDateTime } from '../ui/format';
import { Page } from '../ui/page';
import { certificateFileUrl, useCertificates } from './queries';

/** Administrators: the signed certificate of every disposal run, newest first, to view or download. */
export function CertificatesPage() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const certificates = useCertificates({ cursor: cursors.at(-1), limit: 50 });
  const rows = certificates.data?.certificates ?? [];
  return (
    <Page title="Disposal certificates">
      <p className="hint">
        Every disposal run issues one, also when it disposed of nothing, signed so that a downloaded copy can
        be checked later with <span className="mono">qa-vault retention verify-certificate FILE</span>.
      </p>
      <ErrorAlert error={certificates.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Issued</th>
            <th scope="col">Uploads disposed</th>
            <th scope="col">Certificate</th>
            <th scope="col">Download</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const issued = formatDateTime(c.issuedAt);
            return (
              <tr key={c.id}>
                <td>{issued}</td>
                <td>{c.uploads}</td>
                <td>
                  <Link to={`/admin/certificates/${c.id}`} aria-label={`View the certificate of ${issued}`}>
                    View
                  </Link>
                </td>
                <td>
                  <div className="actions">
                    <a
                      className="button secondary"
                      href={certificateFileUrl(c.id, 'json')}
                      download
                      aria-label={`Download the certificate of ${issued} as JSON`}
                    >
                      JSON
                    </a>
                    <a
                      className="button secondary"
                      href={certificateFileUrl(c.id, 'csv')}
                      download
                      aria-label={`Download the certificate of ${issued} as CSV`}
                    >
                      CSV
                    </a>
                  </div>
                </td>
              </tr>
            );
          })}
          {certificates.data && rows.length === 0 && (
            <tr>
              <td colSpan={4}>No certificate yet: the first comes with the first disposal run.</td>
            </tr>
          )}
        </tbody>
      </table>
      <CursorPager
        label="Certificate pages"
        cursors={cursors}
        nextCursor={certificates.data?.nextCursor}
        onChange={setCursors}
      />
    </Page>
  );
}
