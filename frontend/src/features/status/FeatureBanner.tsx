import { Alert } from '../../components/Alert';
import { useFeatureOutage, type FeatureName } from './features';

const FALLBACK: Record<FeatureName, string> = {
  library: "The library isn't available right now.",
  requests: "Requests can't be sent right now.",
  downloads: "Downloads aren't available right now.",
};

/**
 * Says, in the server's words, that a part of MediaNest doesn't work right now; appears and goes live
 * as `featureStatusUpdated` reports. Nothing while the feature works.
 */
export function FeatureBanner({ name, className = 'mb-5' }: { name: FeatureName; className?: string }) {
  const outage = useFeatureOutage(name);
  if (!outage) return null;
  return (
    <Alert tone="warning" role="status" testId={`feature-banner-${name}`} className={className}>
      {outage.message || FALLBACK[name]}
    </Alert>
  );
}
