import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ALL_ENTITIES } from './entities';
import { type DatabaseTimeouts, timeoutOptions } from './connection-timeouts';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  /** Fail fast when the server is gone (the API and the worker); none for CLIs and migrations by hand. */
  timeouts?: DatabaseTimeouts;
  /** Where the ORM's own messages (the migrator's) go; silent by default. */
  log?: (message: string) => void;
}

/** The one MikroORM configuration: API, worker, CLI and tests all build it here. */
export function buildOrmOptions(db: DatabaseOptions): Options {
  const timeouts = db.timeouts ? timeoutOptions(db.timeouts) : {};
  return defineConfig({
    clientUrl: db.url,
    entities: ALL_ENTITIES,
    // Connections are opened on demand; min 0 lets an idle pool shrink to nothing.
    pool: { min: 0, max: db.poolMax, ...timeouts.pool },
    driverOptions: timeouts.driverOptions,
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
