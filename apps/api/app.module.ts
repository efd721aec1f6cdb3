import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '../../libs/config';
import { RateLimitsModule } from '../../libs/rate-limits/rate-limits';
import { IdempotencyModule } from '../../libs/idempotency/idempotency.module';
import { PersistenceModule } from '../../libs/persistence';
import { TemporalClientModule } from '../../libs/temporal';
import { AuthModule } from '../../libs/crm/auth/auth.module';
import { CompaniesApiModule } from './companies/companies-api.module';
import { ContactsApiModule } from './contacts/contacts-api.module';
import { ActivitiesApiModule } from './activities/activities-api.module';
import { DealsApiModule } from './deals/deals-api.module';
import { DocumentsApiModule } from './documents/documents-api.module';
import { HealthModule } from './health/health.module';
import { ListExportModule } from './csv/list-export';
import { LeadsApiModule } from './leads/leads-api.module';
import { LeadSourcesApiModule } from './lead-sources/lead-sources-api.module';
import { CustomFieldsApiModule } from './custom-fields/custom-fields-api.module';
import { PaymentsApiModule } from './payments/payments-api.module';
import { QuoteLinksModule } from './quote-links/quote-links.module';
import { ProblemDetailsModule } from './problem-details/problem-details.module';
import { ProductsApiModule } from './products/products-api.module';
import { QuoteTemplatesApiModule } from './quote-templates/quote-templates-api.module';
import { ReportsApiModule } from './reports/reports-api.module';
import { RulesApiModule } from './rules/rules-api.module';
import { LiveApiModule } from './live/live-api.module';
import { SessionApiModule } from './session/session-api.module';
import { UsersApiModule } from './users/users-api.module';
import { UpcomingApiModule } from './upcoming/upcoming-api.module';
import { TimelineApiModule } from './timeline/timeline-api.module';
import { WebhooksApiModule } from './webhooks/webhooks-api.module';
import { WebFormsApiModule } from './web-forms/web-forms-api.module';
import { ImportsApiModule } from './imports/imports-api.module';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        RateLimitsModule,
        IdempotencyModule,
        PersistenceModule,
        TemporalClientModule,
        AuthModule,
        HealthModule,
        ListExportModule,
        ProblemDetailsModule,
        PaymentsApiModule,
        QuoteLinksModule,
        UsersApiModule,
        SessionApiModule,
        LiveApiModule,
        CompaniesApiModule,
        ContactsApiModule,
        ProductsApiModule,
        DocumentsApiModule,
        QuoteTemplatesApiModule,
        DealsApiModule,
        ActivitiesApiModule,
        LeadsApiModule,
        LeadSourcesApiModule,
        CustomFieldsApiModule,
        RulesApiModule,
        ReportsApiModule,
        UpcomingApiModule,
        TimelineApiModule,
        WebhooksApiModule,
        WebFormsApiModule,
        ImportsApiModule,
      ],
    };
  }
}
