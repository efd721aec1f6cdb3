import { Module } from '@nestjs/common';
import { UsersModule } from '../../../libs/crm/users/users.module';
import { UsersController } from './users.controller';

@Module({ imports: [UsersModule], controllers: [UsersController] })
export class UsersApiModule {}
