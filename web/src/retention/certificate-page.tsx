import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useTeams } from '../admin/queries';
import { ErrorAlert } from '../ui/alert';
import { formatDateTime } from '../ui/format';
import { Page } from '../ui/page';
import { kindNames } from '../uploads/labels';
import { certificateFileUrl, useCertificate } from './queries';

/** One disposal certificate as signed: what was disposed of, how, and the signature to check it by. */
export function CertificatePage() {
  const { id } = useParams();
  const signed = useCertificate(id);
  const teams = useTeams();
  const teamNames = useMemo(() => new Map((teams.data ?? []).map((t) => [t.id, t.name])), [teams.data]);
  const c = signed.data?.certificate;
  return (
    <Page title="Disposal certificate">
      <p>
        <Link to="/admin/certificates">All certificates</Link>
      </p>
      <ErrorAlert error={signed.error} />
      {c && signed.data && (
        <>
          <dl className="card">
            <dt>Certificate</dt>
            <dd className="mono break">{c.certificateId}</dd>
            <dt>Issued</dt>
            <dd>{formatDateTime(c.issuedAt)}</dd>
            <dt>Organization</dt>
            <dd className="mono break">{c.organizationId}</dd>
            <dt>Disposal run</dt>
            <dd className="mono break">{c.runId}</dd>
            <dt>Standard</dt>
            <dd>{c.standard}</dd>
            <dt>Method</dt>
            <dd>{c.method}</dd>
            <dt>Uploads disposed</dt>
            <dd>{c.totals.uploads}</dd>
            <dt>Data keys destroyed</dt>
            <dd>{c.totals.dataKeysDestroyed}</dd>
            <dt>Signature</dt>
            <dd className="mono break">
              {signed.data.signature.algorithm}, key {signed.data.signature.keyId}:{' '}
              {signed.data.signature.mac}
            </dd>
          </dl>
          <div className="actions">
            <a className="button secondary" href={certificateFileUrl(c.certificateId, 'json')} download>
              Download JSON
            </a>
            <a className="button secondary" href={certificateFileUrl(c.certificateId, 'csv')} download>
              Download CSV
            </a>
          </div>
          <table>
            <caption className="hint">
              Ids, kinds and times only: a certificate never names or shows content.
            </caption>
            <thead>
              <tr>
                <th scope="col">Upload</th>
                <th scope="col">Kind</th>
                <th scope="col">Team</th>
                <th scope="col">Accepted</th>
                <th scope="col">Disposed</th>
                <th scope="col">Data keys destroyed</th>
              </tr>
            </thead>
            <tbody>
              {c.uploads.map((u) => (
                <tr key={u.uploadId}>
                  <td className="mono break">{u.uploadId}</td>
                  <td>{kindNames[u.kind]}</td>
                  <td>{teamNames.get(u.teamId) ?? <span className="mono">{u.teamId}</span>}</td>
                  <td>{formatDateTime(u.acceptedAt)}</td>
                  <td>{formatDateTime(u.disposedAt)}</td>
                  <td className="mono break">{u.dataKeyIds.join(', ')}</td>
                </tr>
              ))}
              {c.uploads.length === 0 && (
                <tr>
                  <td colSpan={6}>This run found nothing due: no upload was disposed of.</td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      )}
    </Page>
  );
}
