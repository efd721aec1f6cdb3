import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '../../config';
import { linkSecret, signLink, verifyLink } from '../../links/signed-links';
import { MailSender } from '../../mail/mail-sender';
import { InvalidFieldsError } from '../../errors';
import { type Language } from '../users/language';
import { type Role } from '../users/role';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { accountEmail } from './account-emails';
import { passwordProblem } from './password';
import { type OpenedSession, SessionsService } from './sessions.service';

/** An invitation's link works for a week, a "forgot password" link for an hour. */
export const INVITATION_TTL_S = 7 * 24 * 3600;
export const RESET_TTL_S = 3600;
/** At most one "forgot password" email per account in this many seconds. */
const RESET_EMAIL_EVERY_S = 120;

export interface Invitation {
  user: User;
  expiresAt: Date;
}

/**
 * Set-password links by email: an admin's invitation and the "forgot password" request. A link is
 * signed (libs/links), expires, and names the user with the moment their password last changed,
 * so setting a password voids every link sent before.
 */
@Injectable()
export class AccountLinksService {
  private readonly secret: string;

  constructor(
    private readonly orm: MikroORM,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly mail: MailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secret = linkSecret(config);
  }

  async invite(
    input: { name: string; email: string; role: Role; teamId?: string; language?: Language },
    now = new Date(),
  ): Promise<Invitation> {
    const user = await this.users.create(input);
    try {
      const expiresAt = await this.send('invitation', user, INVITATION_TTL_S, now, now.getTime());
      return { user, expiresAt };
    } catch (error) {
      // No half-written invitation: without its email the user is not created either.
      await this.orm.em.fork().nativeDelete(User, { id: user.id });
      throw error;
    }
  }

  /** Sends a new invitation to a user who has not set a password yet. */
  async reinvite(userId: string, now = new Date()): Promise<Invitation> {
    const user = await this.users.get(userId);
    if (user.passwordHash)
      throw new InvalidFieldsError(
        [{ field: 'id', problem: 'the user has set a password; they can ask for a new one' }],
        { malformed: true },
      );
    const expiresAt = await this.send('invitation', user, INVITATION_TTL_S, now, now.getTime());
    return { user, expiresAt };
  }

  /** "Forgot password": mails a link if the email is an active user's; answers nothing either way. */
  async requestReset(email: string, now = new Date()): Promise<void> {
    const user = await this.orm.em
      .fork()
      .findOne(User, { email: email.trim().toLowerCase(), active: true });
    if (!user || user.role === 'integration') return;
    const slot = Math.floor(now.getTime() / 1000 / RESET_EMAIL_EVERY_S);
    await this.send('reset', user, RESET_TTL_S, now, slot);
  }

  /** Sets the password a link was sent for, and signs the user in. */
  async setPassword(
    token: string,
    password: string,
    client: { ip?: string; userAgent?: string },
    now = new Date(),
  ): Promise<OpenedSession> {
    const check = verifyLink(this.secret, 'set-password', token, Math.floor(now.getTime() / 1000));
    if (!check.ok)
      throw new InvalidFieldsError(
        [
          {
            field: 'token',
            problem:
              check.reason === 'expired'
                ? 'the link has expired: ask for a new one'
                : 'the link is not valid',
          },
        ],
        { malformed: true },
      );
    const [userId, stamp] = check.subject.split('.');
    const user = await this.orm.em.fork().findOne(User, { id: userId, active: true });
    if (!user || stampOf(user) !== stamp)
      throw new InvalidFieldsError(
        [{ field: 'token', problem: 'the link was used already: ask for a new one' }],
        { malformed: true },
      );
    const problem = passwordProblem(password);
    if (problem)
      throw new InvalidFieldsError([{ field: 'password', problem }], { malformed: true });
    await this.sessions.setPassword(user, password, now);
    return this.sessions.open(user, client, now);
  }

  private async send(
    kind: 'invitation' | 'reset',
    user: User,
    ttlSeconds: number,
    now: Date,
    keySuffix: number,
  ): Promise<Date> {
    const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
    const token = signLink(this.secret, 'set-password', `${user.id}.${stampOf(user)}`, exp);
    const url = `${this.config.publicUrl}/set-password?token=${encodeURIComponent(token)}`;
    const expiresAt = new Date(exp * 1000);
    const email = accountEmail(
      kind,
      user.language ?? 'en',
      user.name,
      url,
      expiresAt,
      user.timeZone ?? 'UTC',
    );
    await this.mail.send({ key: `${kind}:${user.id}:${keySuffix}`, to: user.email, ...email });
    return expiresAt;
  }
}

/** Changes whenever the password does: a link carries it, so a used link is void. */
function stampOf(user: User): string {
  return String(user.passwordChangedAt?.getTime() ?? 0);
}
