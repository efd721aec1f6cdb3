import { WebForm } from '../../../libs/crm/web-forms/web-form.entity';
import { checkValues } from './web-form-values';

describe('a web form post, field by field', () => {
  const form = Object.assign(new WebForm(), {
    name: 'Demo',
    fields: [
      { field: 'name', label: 'Name', required: true },
      { field: 'email', label: 'Email', required: true },
      { field: 'phone', label: 'Phone', required: false },
    ],
  });

  it('takes the form’s fields, trimmed, and ignores the rest', async () => {
    const checked = await checkValues('en-US', form, {
      name: '  Ann  ',
      email: 'ann@acme.test',
      phone: '',
      website: 'x',
      role: 'admin',
    });
    expect(checked.errors).toEqual({});
    expect(checked.values).toEqual({ name: 'Ann', email: 'ann@acme.test' });
  });

  it('names each problem beside its field, in the page’s language, and takes nothing', async () => {
    const checked = await checkValues('en-US', form, {
      name: ['a', 'b'],
      email: 'nope',
      phone: 'call me',
    });
    expect(checked.errors).toEqual({
      name: 'Send one value, as text.',
      email: 'Enter an email address, like name@example.com.',
      phone: expect.stringMatching(/^Enter a phone number/),
    });
    expect(checked.values).toEqual({});
    expect(checked.shown).toEqual({ email: 'nope', phone: 'call me' });
    const ru = await checkValues('ru-RU', form, {});
    expect(ru.errors.name).toBe('Заполните, пожалуйста, это поле.');
  });

  it('never throws on a body that is no object, or on text PostgreSQL cannot store', async () => {
    for (const body of [undefined, null, 'name=a', 42, [1, 2], { email: { $ne: 1 } }])
      expect((await checkValues('en-US', form, body)).errors.name).toBeDefined();
    const nul = await checkValues('en-US', form, { name: 'a\u0000b', email: 'a@b.test' });
    expect(nul.errors).toEqual({ name: 'This value cannot be taken.' });
    expect(nul.shown.name).toBe('');
    const long = await checkValues('en-US', form, { name: 'a'.repeat(201), email: 'a@b.test' });
    expect(long.errors).toEqual({ name: 'This is too long.' });
  });
});
