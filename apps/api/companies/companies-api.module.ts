import { Module } from '@nestjs/common';
import { DuplicatesModule } from '../../../libs/crm/duplicates/duplicates.module';
import { CompaniesModule } from '../../../libs/crm/companies/companies.module';
import { CompaniesController } from './companies.controller';

@Module({ imports: [CompaniesModule, DuplicatesModule], controllers: [CompaniesController] })
export class CompaniesApiModule {}
