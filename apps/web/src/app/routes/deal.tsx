import { useParams } from 'react-router';
import { DealPage } from '@/features/deals/components/deal-page';

export function DealRoute() {
  const { id } = useParams();
  // A new page for another deal: no form state carried over.
  return <DealPage key={id} id={id!} />;
}
