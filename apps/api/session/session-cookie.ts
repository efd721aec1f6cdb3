import { type Request, type Response } from 'express';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../../libs/crm/auth/sessions.service';

/** HttpOnly, SameSite=Lax, for the whole site; Secure when the site is reached over TLS. */
export function setSessionCookie(req: Request, res: Response, token: string, publicUrl: string) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure || publicUrl.startsWith('https:'),
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS,
  });
}

export function clearSessionCookie(req: Request, res: Response, publicUrl: string) {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure || publicUrl.startsWith('https:'),
    path: '/',
  });
}

/**
 * A browser's sign-in comes from the app's own pages: a form on another site posting here (login
 * CSRF, which would sign the victim into the attacker's account) is refused. Clients that send
 * no Origin (scripts) are not browsers posting across sites.
 */
export function fromOwnOrigin(req: Request, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const own = `${req.protocol}://${req.headers.host ?? ''}`;
  return origin === own || origin === new URL(publicUrl).origin;
}

export function clientOf(req: Request): { ip?: string; userAgent?: string } {
  return { ip: req.ip, userAgent: req.headers['user-agent'] };
}
