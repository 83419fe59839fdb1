import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ErrorAlert } from '../ui/alert';

/** Read-only: which key-encryption keys the vault holds and how many data keys each wraps. Rotation is `qa-vault keys rotate`. */
export function VaultKeyStatus() {
  const status = useQuery({ queryKey: ['vault-keys'], queryFn: () => unwrap(api.GET('/api/vault/keys')) });
  return (
    <section className="card" aria-labelledby="keys-heading">
      <h2 id="keys-heading">Vault keys</h2>
      <ErrorAlert error={status.error} />
      {status.data && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">State</th>
                <th scope="col">Data keys it wraps</th>
              </tr>
            </thead>
            <tbody>
              {status.data.keys.map((k) => (
                <tr key={k.id}>
                  <td className="mono">{k.id}</td>
                  <td>{k.active ? 'Active (wraps new uploads)' : 'Held for older uploads'}</td>
                  <td>{k.dataKeys}</td>
                </tr>
              ))}
              {status.data.unknownKeys.map((k) => (
                <tr key={k.id}>
                  <td className="mono">{k.id}</td>
                  <td>Missing: these uploads cannot be read</td>
                  <td>{k.dataKeys}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">
            Keys are rotated from the command line (qa-vault keys rotate); this page only shows them.
          </p>
        </>
      )}
    </section>
  );
}
