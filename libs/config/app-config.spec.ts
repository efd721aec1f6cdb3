import { join } from 'node:path';
import { InvalidEnvironmentError, loadConfig, requireConfiguredServices } from './app-config';

describe('loadConfig', () => {
  it('runs on defaults with an empty environment', () => {
    const config = loadConfig({}, '/srv/voronka');
    expect(config.http).toEqual({ host: '0.0.0.0', port: 3000 });
    expect(config.dataDir).toBe('/srv/voronka/.data');
    expect(config.cacheDir).toMatch(/\.cache\/voronka$/);
    expect(config.database).toEqual({
      url: undefined,
      poolMax: 10,
      migrateOnStart: true,
      embeddedPort: 54329,
      timeouts: { connectMs: 2000, statementMs: 3000 },
    });
    expect(config.temporal).toMatchObject({
      address: undefined,
      namespace: 'default',
      taskQueue: 'voronka',
      tls: undefined,
      embeddedPort: 7233,
      embeddedUiPort: 8233,
    });
  });

  it('reads every documented variable', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        LOG_LEVEL: 'debug',
        HOST: '127.0.0.1',
        PORT: '8080',
        DATA_DIR: '/var/lib/voronka',
        VORONKA_CACHE_DIR: 'cache',
        DATABASE_URL: 'postgresql://crm:secret@db.internal:5432/crm',
        DATABASE_POOL_MAX: '25',
        DATABASE_MIGRATE_ON_START: 'false',
        DATABASE_CONNECT_TIMEOUT_MS: '5000',
        DATABASE_STATEMENT_TIMEOUT_MS: '30000',
        TEMPORAL_ADDRESS: 'temporal.internal:7233',
        TEMPORAL_NAMESPACE: 'sales',
        TEMPORAL_TASK_QUEUE: 'crm',
        TEMPORAL_TLS_CA_PATH: '/etc/ca.pem',
        TEMPORAL_TLS_CERT_PATH: '/etc/client.pem',
        TEMPORAL_TLS_KEY_PATH: '/etc/client.key',
        TEMPORAL_TLS_SERVER_NAME: 'temporal',
        TEMPORAL_API_KEY: 'k',
        TEMPORAL_UI_URL: 'https://ui.example.com',
        SMTP_URL: 'smtp://mailpit:1025',
      },
      '/srv',
    );
    expect(config.env).toBe('production');
    expect(config.http.port).toBe(8080);
    expect(config.dataDir).toBe('/var/lib/voronka');
    expect(config.cacheDir).toBe(join('/srv', 'cache'));
    expect(config.database).toEqual({
      url: 'postgresql://crm:secret@db.internal:5432/crm',
      poolMax: 25,
      migrateOnStart: false,
      embeddedPort: 54329,
      timeouts: { connectMs: 5000, statementMs: 30000 },
    });
    expect(config.temporal.tls).toEqual({
      caPath: '/etc/ca.pem',
      certPath: '/etc/client.pem',
      keyPath: '/etc/client.key',
      serverName: 'temporal',
    });
    expect(config.smtpUrl).toBe('smtp://mailpit:1025');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).http.port).toBe(3000);
  });

  it('names every bad variable at once, with the value it got', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        TEMPORAL_ADDRESS: 'http://temporal:7233',
        TEMPORAL_TLS: 'maybe',
        LOG_LEVEL: 'loud',
        DATABASE_POOL_MAX: '1',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const problems = (error as InvalidEnvironmentError).problems;
    const named = problems.map((p) => p.split(':')[0]).sort();
    expect(named).toEqual(
      [
        'DATABASE_POOL_MAX',
        'DATABASE_URL',
        'LOG_LEVEL',
        'PORT',
        'TEMPORAL_ADDRESS',
        'TEMPORAL_TLS',
      ].sort(),
    );
    expect(problems.find((p) => p.startsWith('PORT'))).toContain('"eighty"');
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toContain('postgres://');
    expect((error as Error).message).toMatch(/^Invalid environment:\n {2}- /);
  });

  it('reads rate limits as a count per window, or off, and refuses anything else', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      public: { points: 60, seconds: 60 },
      webhook: { points: 600, seconds: 60 },
      signIn: { points: 20, seconds: 60 },
      webForm: { points: 20, seconds: 600 },
    });
    const set = loadConfig({
      RATE_LIMIT_PUBLIC: '5/30s',
      RATE_LIMIT_WEBHOOK: 'off',
      RATE_LIMIT_SIGN_IN: '100/1h',
    });
    expect(set.rateLimits).toEqual({
      public: { points: 5, seconds: 30 },
      webhook: null,
      signIn: { points: 100, seconds: 3600 },
      webForm: { points: 20, seconds: 600 },
    });
    expect(() => loadConfig({ RATE_LIMIT_PUBLIC: '60 per minute' })).toThrow(
      'RATE_LIMIT_PUBLIC: must be <count>/<window>, like 60/1m or 10/30s, or off (got "60 per minute")',
    );
    expect(() => loadConfig({ RATE_LIMIT_SIGN_IN: '0/1m' })).toThrow(
      'RATE_LIMIT_SIGN_IN: count and window must be above 0',
    );
  });

  it('takes a PHONE_DEFAULT_COUNTRY that libphonenumber knows, or none', () => {
    expect(loadConfig({}).phoneDefaultCountry).toBeUndefined();
    expect(loadConfig({ PHONE_DEFAULT_COUNTRY: 'ru' }).phoneDefaultCountry).toBe('RU');
    expect(() => loadConfig({ PHONE_DEFAULT_COUNTRY: 'Russia' })).toThrow(
      'PHONE_DEFAULT_COUNTRY: must be a country code like RU',
    );
  });

  it('takes a DEFAULT_LOCALE that Intl knows', () => {
    expect(loadConfig({}).defaultLocale).toBe('en-US');
    expect(loadConfig({ DEFAULT_LOCALE: 'de-DE' }).defaultLocale).toBe('de-DE');
    expect(() => loadConfig({ DEFAULT_LOCALE: 'not a locale' })).toThrow(
      'DEFAULT_LOCALE: must be a locale this Node.js knows',
    );
  });

  it('believes proxies only when TRUST_PROXY names them', () => {
    expect(loadConfig({}).http.trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http.trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow('TRUST_PROXY: must be the number');
  });

  it('refuses half a client certificate', () => {
    expect(() => loadConfig({ TEMPORAL_TLS_CERT_PATH: '/etc/client.pem' })).toThrow(
      /TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH/,
    );
  });

  it('turns TLS on with TEMPORAL_TLS alone (a public CA, e.g. Temporal Cloud)', () => {
    expect(loadConfig({ TEMPORAL_TLS: 'true' }).temporal.tls).toEqual({
      caPath: undefined,
      certPath: undefined,
      keyPath: undefined,
      serverName: undefined,
    });
  });
});

describe('requireConfiguredServices', () => {
  it('asks start:api and start:worker for both services', () => {
    expect(() => requireConfiguredServices(loadConfig({}), 'start:api')).toThrow(
      /DATABASE_URL: required by start:api[\s\S]*TEMPORAL_ADDRESS: required by start:api/,
    );
    expect(() =>
      requireConfiguredServices(
        loadConfig({ DATABASE_URL: 'postgres://db/x', TEMPORAL_ADDRESS: 't:7233' }),
        'start:worker',
      ),
    ).not.toThrow();
  });
});
