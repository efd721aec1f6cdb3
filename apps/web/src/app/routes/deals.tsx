import { DealsScreen } from '@/features/deals/components/deals-screen';

export function DealsRoute() {
  return <DealsScreen />;
}
