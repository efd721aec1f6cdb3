import { useCurrentUser } from '@/lib/session';

/** Whether the signed-in user keeps the catalogues (the API refuses the others anyway). */
export function useCanKeepCatalogue(): boolean {
  const { role } = useCurrentUser();
  return role === 'admin' || role === 'salesops';
}
