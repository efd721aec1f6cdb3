import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config';
import { ApiKeysService } from '../users/api-keys.service';
import { UsersModule } from '../users/users.module';
import { AuthGuard } from './auth.guard';

/** ADMIN_API_KEY becomes a working admin key when the API starts. */
@Injectable()
export class BootstrapAdminKey implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly keys: ApiKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.adminApiKey) await this.keys.ensureAdminKey(this.config.adminApiKey);
    else this.logger.warn('ADMIN_API_KEY is not set: only existing keys can call the API');
  }
}

/** The API's side: every route behind the API-key guard, and the bootstrap admin key. */
@Module({
  imports: [UsersModule],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }, BootstrapAdminKey],
  exports: [UsersModule],
})
export class AuthModule {}
