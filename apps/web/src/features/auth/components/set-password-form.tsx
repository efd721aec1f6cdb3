import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrors } from '@/lib/api';
import { useSetPassword } from '../api/auth';

const MIN_LENGTH = 10;

/** A new password from an invitation or a reset link; signs the user in. */
export function SetPasswordForm({ token, onDone }: { token: string; onDone(): void }) {
  const { t } = useTranslation();
  const setPassword = useSetPassword();
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) => (v.length >= MIN_LENGTH ? null : t('auth.tooShort', { count: MIN_LENGTH })),
      confirm: (v, values) => (v === values.password ? null : t('auth.mismatch')),
    },
  });
  const linkProblem = fieldErrors(setPassword.error).token ?? (token ? null : t('auth.noToken'));
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ password }) =>
        setPassword.mutate(
          { token, password },
          { onSuccess: onDone, onError: (e) => form.setErrors(fieldErrors(e)) },
        ),
      )}
    >
      <Stack gap="sm">
        {linkProblem && (
          <Alert color="red" role="alert">
            {linkProblem}{' '}
            <Anchor component={Link} to="/forgot-password">
              {t('auth.askNewLink')}
            </Anchor>
          </Alert>
        )}
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          label={t('auth.newPassword')}
          description={t('auth.tooShort', { count: MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          label={t('auth.confirmPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        <Button type="submit" loading={setPassword.isPending} disabled={!token}>
          {t('auth.setPassword')}
        </Button>
      </Stack>
    </form>
  );
}
