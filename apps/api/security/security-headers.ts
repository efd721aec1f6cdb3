import { type NestExpressApplication } from '@nestjs/platform-express';
import { type RequestHandler } from 'express';
import helmet from 'helmet';
import { isApiPath } from '../web/web-app';

type Directives = Record<string, string[]>;

/**
 * The Content-Security-Policy of every answer. Only same-origin resources: the web app (built
 * by Vite, served by the API at `/`) loads its scripts, styles, fonts and images from the API's
 * own origin and calls the API there, so it needs nothing more. No inline scripts or styles, no
 * plugins, no framing by anyone, forms post only to this origin. To allow something more (an
 * image CDN, say), add it to the directive here: one place, tested in security-headers.e2e-spec.
 */
export const CONTENT_SECURITY_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Pages that write styles at run time: Swagger UI at /docs, and the web app's document (Mantine
 * puts its theme's CSS variables in a `<style>` element). Scripts stay same-origin only. To drop
 * `'unsafe-inline'` for the web app: serve its index.html with a per-request nonce and give
 * MantineProvider `getStyleNonce`.
 */
const PAGE_POLICY: Directives = {
  ...CONTENT_SECURITY_POLICY,
  'style-src': ["'self'", "'unsafe-inline'"],
};

/**
 * The web forms' public pages (/f/…) are made to be embedded in other sites (an iframe): any
 * site may frame them; otherwise the strict policy (their stylesheet is same-origin, no script).
 */
const FORM_POLICY: Directives = {
  ...CONTENT_SECURITY_POLICY,
  'frame-ancestors': ['*'],
};

export function isWebFormPath(path: string): boolean {
  return path.startsWith('/f/');
}

/** The API's own answers take the strict policy; the documentation and the web app's pages not. */
function usesPagePolicy(path: string): boolean {
  return path === '/docs' || path.startsWith('/docs/') || !isApiPath(path);
}

const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Security headers on every answer (helmet): `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer` (the public quote page carries its token in the URL),
 * the CSP above, `X-Frame-Options: DENY` (not on the web forms' pages, which other sites embed), no `X-Powered-By`, and HSTS when the request came over
 * TLS (`req.secure`: directly, or through a proxy trusted by TRUST_PROXY that says so in
 * X-Forwarded-Proto).
 */
export function securityHeaders(): RequestHandler[] {
  const common = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  const policy = (directives: Directives) =>
    helmet.contentSecurityPolicy({ useDefaults: false, directives });
  const appPolicy = policy(CONTENT_SECURITY_POLICY);
  const pagePolicy = policy(PAGE_POLICY);
  const formPolicy = policy(FORM_POLICY);
  const hsts = helmet.strictTransportSecurity({
    maxAge: HSTS_MAX_AGE_SECONDS,
    // Other hosts of the domain are not ours to bind to HTTPS.
    includeSubDomains: false,
  });
  return [
    common,
    (req, res, next) => {
      if (!isWebFormPath(req.path))
        return (usesPagePolicy(req.path) ? pagePolicy : appPolicy)(req, res, next);
      res.removeHeader('X-Frame-Options');
      formPolicy(req, res, next);
    },
    (req, res, next) => (req.secure ? hsts(req, res, next) : next()),
  ];
}

/**
 * What the API applies before any route: which proxies it believes about the client's address
 * and protocol (TRUST_PROXY; none by default, so X-Forwarded-* from anyone is ignored), and the
 * security headers.
 */
export function applyHttpSecurity(
  app: NestExpressApplication,
  trustProxy: string | number | undefined,
) {
  app.set('trust proxy', trustProxy ?? false);
  app.use(...securityHeaders());
}
