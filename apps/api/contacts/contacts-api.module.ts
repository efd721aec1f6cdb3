import { Module } from '@nestjs/common';
import { MergingModule } from '../../../libs/crm/merging/merging.module';
import { ContactsModule } from '../../../libs/crm/contacts/contacts.module';
import { ContactsController } from './contacts.controller';

@Module({ imports: [ContactsModule, MergingModule], controllers: [ContactsController] })
export class ContactsApiModule {}
