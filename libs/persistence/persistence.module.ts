import { Global, Inject, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '../config';
import { migrateDatabase } from './migrate';
import { buildOrmOptions } from './orm-options';
import { usePhoneDefaultCountry } from '../crm/contact-points/normalize';

const ormLogger = new Logger('MikroORM');

/** Applies committed migrations when the process starts (DATABASE_MIGRATE_ON_START). */
@Injectable()
export class MigrateOnStart implements OnModuleInit {
  private readonly logger = new Logger('Persistence');

  constructor(
    private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.database.migrateOnStart) return;
    const applied = await migrateDatabase(this.orm);
    this.logger.log(
      applied.length > 0
        ? `applied ${applied.length} migration(s): ${applied.join(', ')}`
        : 'schema is up to date',
    );
  }
}

/** Answers whether PostgreSQL is reachable, for the readiness probe. */
@Injectable()
export class DatabaseHealth {
  constructor(private readonly orm: MikroORM) {}

  async check(): Promise<void> {
    await this.orm.em.fork().getConnection().execute('select 1');
  }
}

/**
 * MikroORM on PostgreSQL. The URL must be known by now: `npm start` and the
 * tests start the embedded database before building the Nest application.
 */
@Global()
@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      driver: PostgreSqlDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.database.url) throw new Error('DATABASE_URL is not set');
        // Before any entity is written (or a migration backfills): the phones' normalised form.
        usePhoneDefaultCountry(config.phoneDefaultCountry);
        return {
          ...buildOrmOptions({
            url: config.database.url,
            poolMax: config.database.poolMax,
            timeouts: config.database.timeouts,
            log: (message) => ormLogger.log(message),
          }),
          registerRequestContext: true,
        };
      },
    }),
  ],
  providers: [MigrateOnStart, DatabaseHealth],
  exports: [DatabaseHealth],
})
export class PersistenceModule {}
