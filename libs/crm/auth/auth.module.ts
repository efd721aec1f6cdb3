import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config';
import { MailModule } from '../../mail/mail.module';
import { ApiKeysService } from '../users/api-keys.service';
import { UsersModule } from '../users/users.module';
import { AccountLinksService } from './account-links.service';
import { AuthGuard } from './auth.guard';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle';

/**
 * ADMIN_API_KEY becomes a working admin key when the API starts, and ADMIN_PASSWORD the first
 * admin's password if they have none yet.
 */
@Injectable()
export class BootstrapAdminKey implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly keys: ApiKeysService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.adminApiKey) await this.keys.ensureAdminKey(this.config.adminApiKey);
    else this.logger.warn('ADMIN_API_KEY is not set: only existing keys can call the API');
    if (this.config.adminPassword)
      await this.sessions.ensureFirstAdminPassword(this.config.adminPassword);
  }
}

/**
 * The API's side: every route behind the guard (API key or session cookie), signing in, the
 * set-password links, and the bootstrap admin.
 */
@Module({
  imports: [UsersModule, MailModule],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    BootstrapAdminKey,
    SessionsService,
    SignInThrottleService,
    AccountLinksService,
  ],
  exports: [UsersModule, SessionsService, AccountLinksService],
})
export class AuthModule {}
