import { type INestApplication } from '@nestjs/common';
import { createApiApp } from '../apps/api/create-api-app';
import { webAppDirectory } from '../apps/api/web/web-app';
import { http } from './support/http';
import { firstScreenScripts } from './support/web-bundle';
import { testConfig } from './support/test-config';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The web app at `/`, same origin as the API, as a browser and an API client meet them. */
describe('the web app served by the API', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    if (!webAppDirectory()) throw new Error('the web app is not built: npm run build');
    database = await createTestDatabase();
    app = await createApiApp(testConfig(database.url));
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers / and every client route with the app, never cached', async () => {
    for (const path of ['/', '/deals/123', '/my-day?tab=overdue', '/apps']) {
      const page = await http(url, 'GET', path);
      expect(page.status).toBe(200);
      expect(page.contentType).toMatch(/^text\/html/);
      expect(page.body).toContain('<div id="root"></div>');
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it("serves the app's hashed files for a year, and a missing file is a 404", async () => {
    const index: string = (await http(url, 'GET', '/')).body;
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const js = await http(url, 'GET', script!);
    expect(js.status).toBe(200);
    expect(js.contentType).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await http(url, 'GET', '/assets/missing-0000.js')).status).toBe(404);
    expect((await http(url, 'GET', '/favicon.ico')).status).toBe(404);
  });

  it('never shadows the API, the docs, the problem types, the quote pages or the probes', async () => {
    const unknown = await http(url, 'GET', '/api/v1/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toMatch(/^application\/problem\+json/);
    expect((await http(url, 'GET', '/api')).contentType).toMatch(/problem\+json/);
    expect((await http(url, 'GET', '/docs/openapi.json')).body.openapi).toMatch(/^3\./);
    expect((await http(url, 'GET', '/health')).body).toEqual({ status: 'ok' });
    for (const path of ['/problems/not-found', '/q/not-a-token', '/docs', '/ready']) {
      const answer = await http(url, 'GET', path);
      expect(JSON.stringify(answer.body)).not.toContain('<div id=\\"root\\">');
    }
  });

  it('answers writes to client routes as the API does, not with the app', async () => {
    expect((await http(url, 'POST', '/deals/123', {})).status).toBe(404);
  });

  it("keeps the first screen's JavaScript under 350 KB gzipped", () => {
    const scripts = firstScreenScripts(webAppDirectory()!);
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    expect(total).toBeLessThan(350 * 1024);
  });
});
