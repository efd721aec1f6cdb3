import { useTranslation } from 'react-i18next';
import { AuthFrame } from '@/features/auth/components/auth-frame';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t('auth.forgotTitle')}>
      <ForgotPasswordForm />
    </AuthFrame>
  );
}
