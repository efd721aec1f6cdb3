import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type Response } from 'express';

/** Paths the API answers itself: the web app never shadows them. */
export const API_PATH_PREFIXES = ['/api', '/docs', '/q', '/f', '/problems', '/health', '/ready'];

export function isApiPath(path: string): boolean {
  return API_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Where `npm run build` put the web app (dist/web), from the compiled API or from its sources. */
export function webAppDirectory(): string | null {
  // dist/apps/api/web/ when compiled, apps/api/web/ when run from sources (tests).
  const root = join(__dirname, '..', '..', '..');
  const candidates = [join(root, 'web'), join(root, 'dist', 'web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Voronka</title></head>
<body><main><h1>Voronka</h1><p>The web app is not built: run <code>npm run build</code>.
The API is at <a href="/docs">/docs</a>.</p></main></body></html>`;

/**
 * The single-page web app at `/`, same origin as the API: hashed files under /assets/ cached for
 * a year, any other GET that is not an API path and names no file gets index.html (the app's
 * router draws the screen), never cached so a new release is picked up at the next load.
 */
export function serveWebApp(app: NestExpressApplication, dir = webAppDirectory()): void {
  if (dir) {
    app.useStaticAssets(join(dir, 'assets'), {
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: true,
    });
  }
  const index = dir ? readFileSync(join(dir, 'index.html'), 'utf8') : NOT_BUILT;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isApiPath(req.path) || req.path.startsWith('/assets/') || extname(req.path) !== '')
      return next();
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(index);
  });
}
