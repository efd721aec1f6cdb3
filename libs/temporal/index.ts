export * from './connection-options';
export * from './development-server';
export * from './embedded-temporal-server';
export * from './temporal-client.module';
export * from './temporal-tools';
export * from './runtime';
