import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { AuthFrame } from '@/features/auth/components/auth-frame';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { safeNext } from '@/lib/safe-next';
import { useSession } from '@/lib/session';

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNext(params.get('next'));
  if (session.isPending) return <Loading />;
  if (session.data) return <Navigate to={next} replace />;
  return (
    <AuthFrame title={t('auth.signInTitle')}>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
    </AuthFrame>
  );
}
