import type { Config } from '../config.ts';

/**
 * The points between an upload's transactions where a crash leaves something for the reconciler:
 * received — the file is in quarantine, nothing decided;
 * scanned — the scan decided "clean", nothing written since;
 * stripped — the metadata-stripped copy of a document is stored but not yet recorded;
 * accepted — the decision committed (the audio job has not run);
 * normalized — the audio job stored the normalized audio and peaks but has not recorded them.
 * Not an upload's, but the same kind of test: chained — the access-log sequencer linked a batch and
 * has not committed it (src/audit/sequencer-loop.ts).
 */
export type CrashPoint = 'received' | 'scanned' | 'stripped' | 'accepted' | 'normalized' | 'chained';

/**
 * Test-only fault injection: with NODE_ENV=test and QA_VAULT_CRASH_AT naming this point, the process
 * kills itself at once (SIGKILL: no finally blocks, no graceful shutdown), as a power cut would.
 * The crash-safety tests run `qa-vault serve` with it; any other environment ignores it.
 */
export function crashPoint(config: Pick<Config, 'NODE_ENV' | 'QA_VAULT_CRASH_AT'>, point: CrashPoint): void {
  if (config.NODE_ENV === 'test' && config.QA_VAULT_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
