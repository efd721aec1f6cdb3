import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrors } from '@/lib/api';
import { useRequestPasswordReset } from '../api/auth';

/** Asks for a set-password link; the answer is the same whether the email is known or not. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (v.trim() ? null : t('auth.required')) },
  });
  if (request.isSuccess)
    return (
      <Stack gap="sm">
        <Alert color="green" role="status">
          {t('auth.resetSent')}
        </Alert>
        <Anchor component={Link} to="/sign-in" size="sm">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    );
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        request.mutate(values, { onError: (e) => form.setErrors(fieldErrors(e)) }),
      )}
    >
      <Stack gap="sm">
        <Text size="sm">{t('auth.resetIntro')}</Text>
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <Button type="submit" loading={request.isPending}>
          {t('auth.sendLink')}
        </Button>
        <Anchor component={Link} to="/sign-in" size="sm">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    </form>
  );
}
