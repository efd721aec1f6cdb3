import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';

@Module({
  imports: [MikroOrmModule.forFeature([Contact])],
  providers: [ContactsService],
  exports: [ContactsService],
})
export class ContactsModule {}
