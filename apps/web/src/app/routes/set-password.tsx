import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AuthFrame } from '@/features/auth/components/auth-frame';
import { SetPasswordForm } from '@/features/auth/components/set-password-form';

export function SetPasswordRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <AuthFrame title={t('auth.setPasswordTitle')}>
      <SetPasswordForm
        token={params.get('token') ?? ''}
        onDone={() => navigate('/', { replace: true })}
      />
    </AuthFrame>
  );
}
