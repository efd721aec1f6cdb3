import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MailSender } from './mail-sender';
import { OutboundEmail } from './outbound-email.entity';

@Module({
  imports: [MikroOrmModule.forFeature([OutboundEmail])],
  providers: [MailSender],
  exports: [MailSender],
})
export class MailModule {}
