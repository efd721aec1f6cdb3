import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/loading';
import { useLiveUpdates } from '@/lib/live';
import { usePreferences } from '@/lib/preferences';
import { useSession } from '@/lib/session';
import { AppLayout } from './app-layout';

/** Screens behind sign-in: without a session, the sign-in screen, then back here. */
export function SignedIn() {
  const session = useSession();
  const location = useLocation();
  const { setLanguage, setTimeZone } = usePreferences();
  const user = session.data?.user;
  useLiveUpdates(!!user);

  // The user's own language and time zone, where they chose one.
  useEffect(() => {
    if (user?.language) setLanguage(user.language);
    if (user?.timeZone) setTimeZone(user.timeZone);
  }, [user?.language, user?.timeZone, setLanguage, setTimeZone]);

  if (session.isPending) return <Loading />;
  if (session.isError) throw session.error;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <AppLayout />;
}
