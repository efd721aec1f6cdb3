export * from './embedded-postgres';
export * from './entities';
export * from './migrate';
export * from './orm-options';
export * from './persistence.module';
export * from './database-unavailable';
