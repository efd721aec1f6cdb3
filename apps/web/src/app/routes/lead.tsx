import { useParams } from 'react-router';
import { LeadPage } from '@/features/leads/components/lead-page';

export function LeadRoute() {
  const { id } = useParams();
  // A new page for another lead: no form state carried over.
  return <LeadPage key={id} id={id!} />;
}
