import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { UsersModule } from '../users/users.module';
import { WebFormsService } from './web-forms.service';

@Module({
  imports: [LeadsModule, UsersModule],
  providers: [WebFormsService],
  exports: [WebFormsService],
})
export class WebFormsModule {}
