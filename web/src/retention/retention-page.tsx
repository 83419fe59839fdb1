import { Page } from '../ui/page';
import { RetentionPreviewCard } from './preview';
import { RetentionRulesForm } from './rules-form';
import { RetentionRuns } from './runs';

/** Administrators: how long each kind is kept, what falls due next, and what the disposal runs did. */
export function RetentionPage() {
  return (
    <Page title="Retention">
      <RetentionRulesForm />
      <RetentionPreviewCard />
      <RetentionRuns />
    </Page>
  );
}
