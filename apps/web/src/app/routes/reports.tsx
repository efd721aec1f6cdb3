import { DrillDownScreen } from '@/features/reports/components/drill-down-screen';
import { ReportsScreen } from '@/features/reports/components/reports-screen';

export function ReportsRoute() {
  return <ReportsScreen />;
}

export function DrillDownRoute() {
  return <DrillDownScreen />;
}
