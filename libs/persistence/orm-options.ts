import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ALL_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  /** Where the ORM's own messages (the migrator's) go; silent by default. */
  log?: (message: string) => void;
}

/** The one MikroORM configuration: API, worker, CLI and tests all build it here. */
export function buildOrmOptions(db: DatabaseOptions): Options {
  return defineConfig({
    clientUrl: db.url,
    entities: ALL_ENTITIES,
    // Connections are opened on demand; min 0 lets an idle pool shrink to nothing.
    pool: { min: 0, max: db.poolMax },
    // Timestamps are stored as timestamptz and read back as UTC instants.
    forceUtcTimezone: true,
    // The global EntityManager is never used for work: forks and request contexts only.
    allowGlobalContext: false,
    extensions: [Migrator],
    migrations: {
      // Listed in code rather than globbed, so that the same list works from
      // compiled JavaScript, from ts-jest and from the CLI.
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'libs/persistence/migrations',
      emit: 'ts',
    },
    // No schema auto-update, ever: the schema comes from committed migrations.
    schemaGenerator: { disableForeignKeys: false },
    debug: false,
    logger: db.log ?? (() => undefined),
  });
}
