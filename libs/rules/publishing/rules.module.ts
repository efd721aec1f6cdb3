import { Inject, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { RulesPublisher } from './rules-publisher';

/** Publishes the shipped rules that are new, once the schema is migrated (RULES_PUBLISH_ON_START). */
@Injectable()
export class PublishShippedRulesOnStart implements OnApplicationBootstrap {
  constructor(
    private readonly publisher: RulesPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.rulesPublishOnStart) await this.publisher.publishShipped();
  }
}

@Module({
  providers: [RulesPublisher, PublishShippedRulesOnStart],
  exports: [RulesPublisher],
})
export class RulesModule {}
