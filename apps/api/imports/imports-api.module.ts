import { Module } from '@nestjs/common';
import { ImportsModule } from '../../../libs/crm/imports/imports.module';
import { ImportsController } from './imports.controller';

@Module({
  imports: [ImportsModule],
  controllers: [ImportsController],
})
export class ImportsApiModule {}
