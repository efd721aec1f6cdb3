import { Module } from '@nestjs/common';
import { ApiKeysService } from './api-keys.service';
import { UsersService } from './users.service';
import { AssignmentService } from './assignment.service';

@Module({
  providers: [ApiKeysService, UsersService, AssignmentService],
  exports: [ApiKeysService, UsersService, AssignmentService],
})
export class UsersModule {}
