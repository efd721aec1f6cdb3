import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../../../libs/crm/custom-fields/custom-fields.module';
import { CustomFieldsController } from './custom-fields.controller';

@Module({ imports: [CustomFieldsModule], controllers: [CustomFieldsController] })
export class CustomFieldsApiModule {}
