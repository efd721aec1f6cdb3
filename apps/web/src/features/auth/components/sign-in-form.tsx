import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, fieldErrors } from '@/lib/api';
import { useSignIn } from '../api/auth';

/** Email and password; a refusal never says which of the two was wrong. */
export function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('auth.required')),
      password: (v) => (v ? null : t('auth.required')),
    },
  });
  const error = signIn.error;
  const alert =
    error instanceof ApiError && error.type === 'sign-in-locked'
      ? t('auth.locked', { count: Math.ceil((error.retryAfterSeconds ?? 60) / 60) })
      : error instanceof ApiError && error.status === 401
        ? t('auth.wrongCredentials')
        : error && !(error instanceof ApiError && error.status === 400)
          ? t('app.failed', { message: error.message })
          : null;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        signIn.mutate(values, {
          onSuccess: onSignedIn,
          onError: (e) => form.setErrors(fieldErrors(e)),
        }),
      )}
    >
      <Stack gap="sm">
        {alert && (
          <Alert color="red" role="alert">
            {alert}
          </Alert>
        )}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('auth.signIn')}
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('auth.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
