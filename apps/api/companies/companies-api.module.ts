import { Module } from '@nestjs/common';
import { MergingModule } from '../../../libs/crm/merging/merging.module';
import { CompaniesModule } from '../../../libs/crm/companies/companies.module';
import { CompaniesController } from './companies.controller';

@Module({ imports: [CompaniesModule, MergingModule], controllers: [CompaniesController] })
export class CompaniesApiModule {}
