import { Page } from '../ui/page';
import { ScanSettingsForm } from './scan-settings-form';
import { UploadMetadataList } from './upload-metadata-list';
import { VaultKeyStatus } from './vault-key-status';

/** Administrators: what the scanner refuses, what uploads exist (metadata only), and the vault keys. */
export function SettingsPage() {
  return (
    <Page title="Settings">
      <ScanSettingsForm />
      <UploadMetadataList />
      <VaultKeyStatus />
    </Page>
  );
}
