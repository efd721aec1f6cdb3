import { encode } from 'iconv-lite';
import { type Page } from 'playwright-core';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/**
 * The import screen in a real browser: a Windows-1251 file of contacts with `;` uploaded, its
 * columns mapped (suggested from the Russian header), checked (the dry run names the bad row),
 * imported, and its progress shown to the end; in Russian too.
 */
describe('the web app: import from CSV', () => {
  const suite = browserSuite();
  let ivan: Person;
  let page: Page;

  beforeAll(async () => {
    ivan = await suite.invite('manager', { name: 'Ivan Import' });
    page = await suite.newPage(ivan);
  });

  it('uploads, maps, checks and imports a file of contacts', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import from CSV' }).waitFor();
    await checkScreen(page, 'import-upload');
    await page.getByRole('combobox', { name: 'What each row becomes' }).click();
    await page.getByRole('option', { name: 'Contacts' }).click();
    const file = encode(
      [
        'Имя;Фамилия;Почта;Комментарий',
        'Ольга;"Смирнова ""О.""";olga@import.example;первая',
        'Борис;Белов;not-an-email;вторая',
      ].join('\r\n'),
      'win1251',
    );
    // The kit's file button keeps a hidden file input: the file goes there, as a chosen one does.
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'контакты.csv', mimeType: 'text/csv', buffer: file });
    await page.getByRole('button', { name: 'Upload' }).click();

    await page.getByText('2 rows, read as Windows-1251').waitFor();
    const mapping = page.getByRole('table', { name: 'Columns and fields' });
    await mapping.getByRole('cell', { name: 'Смирнова "О."' }).waitFor();
    expect(
      await page.getByRole('combobox', { name: 'Field for the column Почта' }).inputValue(),
    ).toBe('email');
    // The comment column is not imported; the last name is, as suggested.
    expect(
      await page.getByRole('combobox', { name: 'Field for the column Комментарий' }).inputValue(),
    ).toBe('— not imported');
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    const problems = page.getByRole('table', { name: 'Problems by row' });
    await problems.getByRole('cell', { name: 'email must be an email' }).waitFor();
    await checkScreen(page, 'import-mapping');

    await page.getByRole('button', { name: 'Start the import' }).click();
    await page.getByText('Completed').waitFor({ timeout: 60_000 });
    await page.getByText('2 of 2 rows done').waitFor();
    await page
      .getByRole('table', { name: 'Rows that failed' })
      .getByRole('cell', { name: 'email: email must be an email' })
      .waitFor();
    await checkScreen(page, 'import-progress');
    const olga = (await suite.system.call('GET', '/api/v1/contacts?q=olga@import.example')).body
      .items;
    expect(olga).toEqual([
      expect.objectContaining({
        firstName: 'Ольга',
        lastName: 'Смирнова "О."',
        responsibleId: ivan.id,
      }),
    ]);
  });

  it('cancels an import while it runs: what was written stays', async () => {
    const ROWS = 20_000;
    const lines = ['First name,Email'];
    for (let i = 0; i < ROWS; i++) lines.push(`Many ${i},many${i}@cancel.example`);
    await page.getByRole('button', { name: 'New import' }).click();
    await page.getByRole('combobox', { name: 'What each row becomes' }).click();
    await page.getByRole('option', { name: 'Contacts' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('button', { name: 'Start the import' }).click();
    await page.getByRole('button', { name: 'Cancel the import' }).click();
    await page.getByText('Cancelled: the rows written stay').waitFor();
    await checkScreen(page, 'import-cancelled');
    expect(await page.getByRole('button', { name: 'Cancel the import' }).count()).toBe(0);
    const id = new URL(page.url()).searchParams.get('id')!;
    const job = (await suite.system.call('GET', `/api/v1/imports/${id}`)).body;
    expect(job.status).toBe('cancelled');
    expect(job.counts.pending).toBeGreaterThan(0);
    expect(job.counts.created + job.counts.pending).toBe(ROWS);
    const contacts = (await suite.system.call('GET', '/api/v1/contacts?q=cancel.example&limit=1'))
      .body;
    expect(contacts.total).toBe(job.counts.created);
  });

  it('speaks Russian, and names what is wrong with a file that is not CSV', async () => {
    await page.getByRole('button', { name: 'New import' }).click();
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('RU').click();
    await page.getByRole('heading', { name: 'Импорт из CSV' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('a,b\n1,"open\n'),
    });
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page
      .getByRole('alert')
      .getByText(/line \d+: a quoted cell is not closed/)
      .waitFor();
    await checkScreen(page, 'import-upload-ru');
  });
});
