import {
  Body,
  Controller,
  Delete,
  Get,
  Inject,
  Post,
  Put,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { AccountLinksService } from '../../../libs/crm/auth/account-links.service';
import { CurrentUser, Public, Roles } from '../../../libs/crm/auth/auth.decorators';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import {
  type OpenedSession,
  SessionsService,
  sessionTokenOf,
} from '../../../libs/crm/auth/sessions.service';
import { isTimeZone } from '../../../libs/crm/users/language';
import { type Principal } from '../../../libs/crm/users/role';
import { type User } from '../../../libs/crm/users/user.entity';
import { UsersService } from '../../../libs/crm/users/users.service';
import { AccessError, DomainError, InvalidFieldsError } from '../../../libs/errors';
import { accepted, created, noContent, ok, Operation, UuidParam } from '../openapi/operation';
import {
  AcceptedView,
  InvitationDto,
  InvitationView,
  PasswordResetDto,
  PreferencesDto,
  SessionUserView,
  SessionView,
  SetPasswordDto,
  SignInDto,
} from './session.dto';
import { clearSessionCookie, clientOf, fromOwnOrigin, setSessionCookie } from './session-cookie';

function userOf(user: User): SessionUserView {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    teamId: user.team?.id ?? null,
    language: user.language ?? null,
    timeZone: user.timeZone ?? null,
  };
}

/**
 * People in the web app: sign in with email and password into a session cookie, sign out,
 * set a password from an invitation or a "forgot password" email, their language and time zone.
 */
@ApiTags('session')
@Controller('api/v1')
export class SessionController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly links: AccountLinksService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('session')
  @Public()
  @Operation({
    id: 'signIn',
    summary: 'Sign in with email and password',
    description:
      'Sets the session cookie. A wrong email or password answers 401 (never which); too many failed sign-ins 429 with Retry-After; a request from another site 403.',
    answer: created(SessionView, 'signed in: the session cookie is set'),
    problems: ['sign-in-failed', 'sign-in-locked', 'forbidden'],
  })
  async signIn(
    @Body() body: SignInDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    if (!fromOwnOrigin(req, this.config.publicUrl))
      throw new AccessError('forbidden', 'sign in from the app itself, not from another site');
    try {
      return this.opened(
        await this.sessions.signIn(body.email, body.password, clientOf(req)),
        req,
        res,
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'sign-in-locked')
        res.setHeader('retry-after', String(error.extensions.retryAfterSeconds));
      throw error;
    }
  }

  @Get('session')
  @Public()
  @Operation({
    id: 'getSession',
    summary: 'The session of this browser',
    answer: ok(SessionView, 'the session of this browser'),
    problems: ['unauthenticated', 'service-unavailable'],
  })
  async current(@Req() req: Request): Promise<SessionView> {
    const token = sessionTokenOf(req.headers.cookie);
    const found = token ? await this.sessions.authenticate(token) : null;
    if (!found) throw new UnauthorizedException('not signed in');
    const user = await this.users.get(found.principal.userId);
    return {
      user: userOf(user),
      csrfToken: found.csrfToken,
      expiresAt: found.expiresAt.toISOString(),
    };
  }

  @Delete('session')
  @Roles('admin', 'salesops', 'head', 'manager')
  @ApiCookieAuth()
  @Operation({
    id: 'signOut',
    summary: 'Sign out: end the session of this browser',
    description:
      'A request made with an API key has no session to end: it answers 400 naming `authorization`.',
    answer: noContent('signed out: the session has ended on the server'),
    malformed: true,
  })
  async signOut(
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    if (!principal.sessionId)
      throw new InvalidFieldsError(
        [
          {
            field: 'authorization',
            problem: 'sign-out ends a session; this request came with an API key',
          },
        ],
        { malformed: true },
      );
    await this.sessions.end(principal.sessionId);
    clearSessionCookie(req, res, this.config.publicUrl);
  }

  @Post('password-resets')
  @Public()
  @Operation({
    id: 'requestPasswordReset',
    summary: 'Ask for a link to set a new password',
    answer: accepted(
      AcceptedView,
      'if the email is an active user’s, a link to set a new password is on its way',
    ),
  })
  async requestReset(@Body() body: PasswordResetDto): Promise<AcceptedView> {
    await this.links.requestReset(body.email);
    return {};
  }

  @Post('password')
  @Public()
  @Operation({
    id: 'setPassword',
    summary: 'Set a password from an invitation or reset link',
    description:
      'The link’s token answers 400 naming `token` when expired, used or not valid; a request from another site 403.',
    answer: created(SessionView, 'the password is set and the user signed in'),
    problems: ['forbidden'],
  })
  async setPassword(
    @Body() body: SetPasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    if (!fromOwnOrigin(req, this.config.publicUrl))
      throw new AccessError(
        'forbidden',
        'set the password in the app itself, not from another site',
      );
    return this.opened(
      await this.links.setPassword(body.token, body.password, clientOf(req)),
      req,
      res,
    );
  }

  @Post('invitations')
  @Roles('admin')
  @IdempotentCreate()
  @ApiBearerAuth()
  @ApiCookieAuth()
  @Operation({
    id: 'inviteUser',
    summary: 'Invite a person: create their user and email them a link to set a password',
    answer: created(InvitationView, 'the user is created and the email sent'),
    problems: ['duplicate', 'invalid-fields', 'service-unavailable'],
  })
  async invite(@Body() body: InvitationDto): Promise<InvitationView> {
    const { user, expiresAt } = await this.links.invite(body);
    return { userId: user.id, email: user.email, expiresAt: expiresAt.toISOString() };
  }

  @Post('users/:id/invitation')
  @Roles('admin')
  @IdempotentCreate()
  @ApiBearerAuth()
  @ApiCookieAuth()
  @Operation({
    id: 'reinviteUser',
    summary: 'Send a user a new invitation',
    description: 'A user who has set a password already answers 400 naming `id`.',
    answer: created(InvitationView, 'a new invitation email is sent'),
  })
  async reinvite(@UuidParam() id: string): Promise<InvitationView> {
    const { user, expiresAt } = await this.links.reinvite(id);
    return { userId: user.id, email: user.email, expiresAt: expiresAt.toISOString() };
  }

  @Put('me/preferences')
  // Everyone who signs in keeps their own preferences (writes otherwise exclude sales ops).
  @Roles('admin', 'salesops', 'head', 'manager')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @Operation({
    id: 'setPreferences',
    summary: 'Set one’s own language and time zone',
    description:
      'Takes `language`, `timeZone` or both; a request without a body answers 400 naming it; `{}` changes nothing.',
    answer: ok(
      SessionUserView,
      'the language and time zone are kept; a field left out stays as it is',
    ),
  })
  async preferences(
    @CurrentUser() principal: Principal,
    @Body() body: PreferencesDto,
    @Req() req: Request,
  ): Promise<SessionUserView> {
    // No body at all is not "change nothing" ({} is): the client meant to send something.
    if (req.body === undefined)
      throw new InvalidFieldsError(
        [{ field: 'body', problem: 'is required: a JSON object like {"language": "en"}' }],
        { malformed: true },
      );
    if (body.timeZone !== undefined && !isTimeZone(body.timeZone))
      throw new InvalidFieldsError(
        [{ field: 'timeZone', problem: 'is not a known IANA time zone (like Europe/Moscow)' }],
        { malformed: true },
      );
    return userOf(await this.users.setPreferences(principal.userId, body));
  }

  private opened(session: OpenedSession, req: Request, res: Response): SessionView {
    setSessionCookie(req, res, session.token, this.config.publicUrl);
    return {
      user: userOf(session.user),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
    };
  }
}
