import { MyDayScreen } from '@/features/my-day/components/my-day-screen';

export function HomeRoute() {
  return <MyDayScreen />;
}
