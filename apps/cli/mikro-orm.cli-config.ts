import 'reflect-metadata';
import { loadConfig } from '../../libs/config';
import { buildOrmOptions } from '../../libs/persistence/orm-options';

/**
 * Configuration for the MikroORM CLI (`npm run migration:create`), after
 * `npm run build`. It needs DATABASE_URL of a database migrated to the latest
 * migration, to compute the difference against the entities.
 */
const config = loadConfig();
if (!config.database.url) {
  throw new Error(
    'DATABASE_URL: required by the MikroORM CLI (a database at the latest migration)',
  );
}
export default buildOrmOptions({ url: config.database.url, poolMax: 2 });
