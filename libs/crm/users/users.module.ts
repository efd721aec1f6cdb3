import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AuthGuard } from '../auth/auth.guard';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { Team } from './team.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

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

@Module({
  imports: [MikroOrmModule.forFeature([User, Team, ApiKey])],
  providers: [ApiKeysService, UsersService],
  exports: [ApiKeysService, UsersService],
})
export class UsersModule {}

/** The API's side: every route behind the API-key guard, and the bootstrap admin key. */
@Module({
  imports: [UsersModule],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }, BootstrapAdminKey],
  exports: [UsersModule],
})
export class AuthModule {}
