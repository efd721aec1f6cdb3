import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/**
 * Web forms in a real browser: sales ops define one on its screen and get its snippet; a visitor
 * fills its public page (directly, and framed in another page as the snippet frames it), and a
 * lead with a running workflow comes of it. axe on the screen and on the public pages.
 */
describe('the web app: web forms', () => {
  const suite = browserSuite();
  let sam: Person;
  let mia: Person;
  let page: Page;
  let form: { id: string; slug: string; embedSnippet: string };

  beforeAll(async () => {
    sam = await suite.invite('salesops', { name: 'Sam Salesops' });
    mia = await suite.invite('manager', { name: 'Mia Inbound' });
    page = await suite.newPage(sam);
  }, 120_000);

  const leadOf = async (email: string) =>
    (await suite.system.call('GET', `/api/v1/leads?q=${encodeURIComponent(email)}`)).body.items[0];

  it('lets sales ops define a form and shows its snippet', async () => {
    await page.getByRole('link', { name: 'Web forms' }).click();
    await page.getByText('No web forms yet.').waitFor();
    const create = page.getByRole('region', { name: 'New web form' });
    await create.getByRole('textbox', { name: 'Name', exact: true }).fill('Request a demo');
    await create.getByRole('checkbox', { name: 'Company', exact: true }).check();
    await create.getByRole('textbox', { name: 'Label of Email' }).fill('Your work email');
    await create.getByRole('combobox', { name: 'Lead source' }).click();
    await page.getByRole('option', { name: 'Website' }).click();
    await create.getByRole('combobox', { name: 'Responsible' }).click();
    await page.getByRole('option', { name: 'Mia Inbound' }).click();
    await create.getByLabel('Thank-you text').fill('Thank you! We will call you back today.');
    await create.getByRole('button', { name: 'Create the form' }).click();
    const table = page.getByRole('table', { name: 'Web forms' });
    await table.getByRole('cell', { name: 'Request a demo', exact: true }).waitFor();
    await page.getByTestId('embed-snippet').waitFor();
    form = (await suite.system.call('GET', '/api/v1/web-forms')).body.items[0];
    expect(form).toMatchObject({
      name: 'Request a demo',
      source: 'web',
      responsibleId: mia.id,
      fields: [
        { field: 'name', label: 'Name', required: false },
        { field: 'email', label: 'Your work email', required: true },
        { field: 'phone', label: 'Phone', required: false },
        { field: 'companyName', label: 'Company', required: false },
      ],
    });
    expect(await page.getByTestId('embed-snippet').textContent()).toBe(form.embedSnippet);
    await checkScreen(page, 'web-forms');
  });

  it('serves an accessible public page that creates a lead, and shows problems beside the fields', async () => {
    const visitor = await suite.newPage();
    await visitor.goto(`${suite.system.baseUrl}/f/${form.slug}`);
    await visitor.getByRole('heading', { name: 'Request a demo' }).waitFor();
    await checkScreen(visitor, 'web-form-page');
    // Past the browser's own checks (as a script would post): the page answers with the problems.
    await visitor.locator('form').evaluate((f) => f.setAttribute('novalidate', ''));
    await visitor.getByLabel('Your work email').fill('not an email');
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByText('Enter an email address, like name@example.com.').waitFor();
    expect(await visitor.getByLabel('Your work email').getAttribute('aria-invalid')).toBe('true');
    await checkScreen(visitor, 'web-form-page-errors');

    await visitor.getByLabel('Name').fill('Vera Visitor');
    await visitor.getByLabel('Your work email').fill('vera@visitor.test');
    await visitor.getByLabel('Company').fill('Visitor LLC');
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByText('Thank you! We will call you back today.').waitFor();
    await checkScreen(visitor, 'web-form-thanks');
    const lead = await eventually('the lead', () => leadOf('vera@visitor.test'));
    expect(lead).toMatchObject({ name: 'Vera Visitor', source: 'web', responsibleId: mia.id });
    await eventually('its workflow', async () => {
      const a = await suite.system.call('GET', `/api/v1/leads/${lead.id}/automation`);
      return a.status === 200 ? a.body : undefined;
    });
  });

  it('works framed in another page, as its snippet frames it', async () => {
    const host = await suite.newPage();
    const snippet = form.embedSnippet.replace(
      /src="[^"]*"/,
      `src="${suite.system.baseUrl}/f/${form.slug}"`,
    );
    // A customer's site, on another origin (localhost, another port), with the snippet pasted in.
    // (Served from this machine: Chromium keeps a page it cannot place from framing a loopback
    // address, which the API is here.)
    const site = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html lang="en"><title>Our site</title><main>${snippet}</main></html>`,
        ),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const port = (site.address() as AddressInfo).port;
    await host.goto(`http://localhost:${port}/`);
    const frame = host.frameLocator('iframe');
    await frame.getByLabel('Your work email').fill('framed@visitor.test');
    await frame.getByLabel('Your work email').press('Enter');
    await frame.getByText('Thank you! We will call you back today.').waitFor();
    await eventually('the framed lead', () => leadOf('framed@visitor.test'));
    site.close();
  });
});
