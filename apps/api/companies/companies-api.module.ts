import { Module } from '@nestjs/common';
import { CompaniesModule } from '../../../libs/crm/companies/companies.module';
import { CompaniesController } from './companies.controller';

@Module({ imports: [CompaniesModule], controllers: [CompaniesController] })
export class CompaniesApiModule {}
