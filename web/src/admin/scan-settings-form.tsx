import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorAlert, Notice } from '../ui/alert';
import { Field } from '../ui/field';
import { formatDateTime } from '../ui/format';
import { findingName } from '../uploads/labels';

type Policy = Schemas['ScanSettings']['policy'];
type Label = Policy['block'][number];
const labels: Label[] = [
  'PERSON',
  'LOCATION',
  'ORGANIZATION',
  'DATE',
  'AGE',
  'PHONE',
  'EMAIL',
  'SSN',
  'ID',
  'URL',
  'IP',
];

/** The organization's scan policy (refuse, only report, or ignore each kind) and its allow list. */
export function ScanSettingsForm() {
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: ['scan-settings'],
    queryFn: () => unwrap(api.GET('/api/scan-settings')),
  });
  const save = useMutation({
    mutationFn: (body: { policy: Policy; allowList: string[] }) =>
      unwrap(api.PUT('/api/scan-settings', { body })),
    onSuccess: (data) => client.setQueryData(['scan-settings'], data),
  });
  const s = settings.data;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const pick = (what: string) => labels.filter((l) => d.get(`rule-${l}`) === what);
    save.mutate({
      policy: { block: pick('block'), warn: pick('warn'), threshold: Number(d.get('threshold')) },
      allowList: String(d.get('allowList') ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    });
  };
  return (
    <section className="card" aria-labelledby="scan-heading">
      <h2 id="scan-heading">Scan policy and allow list</h2>
      <ErrorAlert error={settings.error ?? save.error} />
      {save.isSuccess && <Notice tone="ok">Saved. New uploads are checked with these settings.</Notice>}
      {s && (
        <form onSubmit={submit} key={s.updatedAt ?? 'default'}>
          <p className="hint">
            {s.isDefault
              ? 'The built-in defaults are in force.'
              : `Last changed ${formatDateTime(s.updatedAt)}.`}
          </p>
          <table>
            <caption className="hint">What happens when an upload contains each kind of detail</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Refuse</th>
                <th scope="col">Report only</th>
                <th scope="col">Ignore</th>
              </tr>
            </thead>
            <tbody>
              {labels.map((l) => {
                const current = s.policy.block.includes(l)
                  ? 'block'
                  : s.policy.warn.includes(l)
                    ? 'warn'
                    : 'off';
                return (
                  <tr key={l}>
                    <th scope="row">{findingName(l, 2)}</th>
                    {(['block', 'warn', 'off'] as const).map((what) => (
                      <td key={what}>
                        <input
                          type="radio"
                          name={`rule-${l}`}
                          value={what}
                          defaultChecked={current === what}
                          aria-label={`${findingName(l, 2)}: ${what === 'block' ? 'refuse' : what === 'warn' ? 'report only' : 'ignore'}`}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Field
            label="Threshold"
            name="threshold"
            type="number"
            step="0.05"
            min={0}
            max={1}
            defaultValue={s.policy.threshold}
            hint="How sure the scanner must be (0 to 1) before a detail counts. Lower refuses more."
          />
          <div className="field">
            <label htmlFor="allow-list">Allow list (one per line)</label>
            <textarea
              id="allow-list"
              name="allowList"
              defaultValue={s.allowList.join('\n')}
              aria-describedby="allow-hint"
            />
            <span id="allow-hint" className="hint">
              Names that are never a client: your organization, its programs, public places. Never put a
              client here.
            </span>
          </div>
          <button type="submit" disabled={save.isPending}>
            Save scan settings
          </button>
        </form>
      )}
    </section>
  );
}
