import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { Team } from './team.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [MikroOrmModule.forFeature([User, Team, ApiKey])],
  providers: [ApiKeysService, UsersService],
  exports: [ApiKeysService, UsersService],
})
export class UsersModule {}
