import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { principalOf } from '../users/principal';
import { type Principal } from '../users/role';
import { firstAdmin, lockBootstrap } from '../users/first-admin';
import { User } from '../users/user.entity';
import { hashPassword, verifyPassword } from './password';
import { accountKey, addressKey, SignInThrottleService, THROTTLE } from './sign-in-throttle';
import { UserSession } from './user-session.entity';
import { DomainError } from '../../errors';

export const SESSION_COOKIE = 'voronka_session';
/** A session ends after a day without use… */
export const SESSION_IDLE_MS = 24 * 3600_000;
/** …and two weeks after sign-in, however much it is used. */
export const SESSION_ABSOLUTE_MS = 14 * 24 * 3600_000;
/** Last-seen is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60_000;

/** The session token from a Cookie header, if any. */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface OpenedSession {
  /** The cookie's value, known only to the browser; the server keeps its hash. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: User;
}

export interface SessionPrincipal {
  principal: Principal;
  csrfToken: string;
  expiresAt: Date;
}

const WRONG = 'the email or password is not right';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Signing in with email and password: argon2id hashes, server-side sessions behind an HttpOnly
 * cookie, a CSRF token per session, and failed attempts slowed then refused per account and per
 * address. No answer tells whether the email or the password was wrong.
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly orm: MikroORM,
    private readonly throttle: SignInThrottleService,
  ) {}

  async signIn(
    email: string,
    password: string,
    client: { ip?: string; userAgent?: string },
    now = new Date(),
  ): Promise<OpenedSession> {
    const keys = [accountKey(email), ...(client.ip ? [addressKey(client.ip)] : [])];
    const locked = await this.throttle.lockedUntil(keys, now);
    if (locked) throw tooMany(locked, now);
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { email: email.trim().toLowerCase(), active: true });
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!ok || !user) {
      const counted = await Promise.all([
        this.throttle.fail(keys[0], THROTTLE.account, now),
        ...(keys[1] ? [this.throttle.fail(keys[1], THROTTLE.address, now)] : []),
      ]);
      await sleep(Math.max(...counted.map((c) => c.delayMs)));
      // The failure that reaches the limit is answered as the lock it starts.
      const lockedNow = counted.flatMap((c) => (c.lockedUntil ? [c.lockedUntil] : []));
      if (lockedNow.length) throw tooMany(new Date(Math.max(...lockedNow.map(Number))), now);
      throw new DomainError('sign-in-failed', WRONG);
    }
    await this.throttle.succeed(keys[0]);
    return this.open(user, client, now);
  }

  /** A new session for a user who just proved who they are (password, or a set-password link). */
  async open(
    user: User,
    client: { ip?: string; userAgent?: string },
    now = new Date(),
  ): Promise<OpenedSession> {
    const em = this.orm.em.fork();
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    const session = new UserSession(
      em.getReference(User, user.id, { wrapped: true }),
      hashSessionToken(token),
      csrfToken,
      expiresAt,
    );
    session.createdAt = now;
    session.lastSeenAt = now;
    session.ip = client.ip?.slice(0, 64) ?? null;
    session.userAgent = client.userAgent?.slice(0, 300) ?? null;
    await em.persist(session).flush();
    return { token, csrfToken, expiresAt, user };
  }

  /** The principal of a live session of an active user, or null. Slides the idle expiry. */
  async authenticate(token: string, now = new Date()): Promise<SessionPrincipal | null> {
    if (!token || token.length > 100) return null;
    const em = this.orm.em.fork();
    const session = await em.findOne(
      UserSession,
      {
        tokenHash: hashSessionToken(token),
        revokedAt: null,
        expiresAt: { $gt: now },
        user: { active: true },
      },
      { populate: ['user'] },
    );
    if (!session) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      const cap = session.createdAt.getTime() + SESSION_ABSOLUTE_MS;
      session.lastSeenAt = now;
      session.expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, cap));
      await em.flush();
    }
    const principal = await principalOf(em, session.user.getEntity(), { sessionId: session.id });
    return { principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  /** Sign-out: the session ends on the server, whatever the browser keeps. */
  async end(sessionId: string, now = new Date()): Promise<void> {
    await this.orm.em
      .fork()
      .nativeUpdate(UserSession, { id: sessionId, revokedAt: null }, { revokedAt: now });
  }

  /** Every session of a user ends (a new password, a deactivation). */
  async endAll(userId: string, now = new Date()): Promise<void> {
    await this.orm.em
      .fork()
      .nativeUpdate(UserSession, { user: userId, revokedAt: null }, { revokedAt: now });
  }

  /** Sets a user's password (hashing it) and ends their other sessions. */
  async setPassword(user: User, password: string, now = new Date()): Promise<void> {
    const em = this.orm.em.fork();
    const managed = await em.findOneOrFail(User, { id: user.id });
    managed.passwordHash = await hashPassword(password);
    managed.passwordChangedAt = now;
    await em.flush();
    user.passwordHash = managed.passwordHash;
    user.passwordChangedAt = now;
    await this.endAll(user.id, now);
  }

  /**
   * ADMIN_PASSWORD: the first active admin (created when there is none) gets this password,
   * unless they have one already.
   */
  async ensureFirstAdminPassword(password: string): Promise<void> {
    const em = this.orm.em.fork();
    await em.transactional(async (tx) => {
      await lockBootstrap(tx);
      const admin = await firstAdmin(tx, (email) =>
        this.logger.log(`created the first admin user (${email})`),
      );
      if (admin.passwordHash) return;
      admin.passwordHash = await hashPassword(password);
      admin.passwordChangedAt = new Date();
      this.logger.log(`set ADMIN_PASSWORD as the password of ${admin.email}`);
    });
  }
}

function tooMany(until: Date, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new DomainError(
    'sign-in-locked',
    `too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    { extensions: { retryAfterSeconds: seconds } },
  );
}
