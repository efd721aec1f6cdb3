import { Module } from '@nestjs/common';
import { DuplicatesModule } from '../../../libs/crm/duplicates/duplicates.module';
import { ContactsModule } from '../../../libs/crm/contacts/contacts.module';
import { ContactsController } from './contacts.controller';

@Module({ imports: [ContactsModule, DuplicatesModule], controllers: [ContactsController] })
export class ContactsApiModule {}
