import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';

/**
 * Every environment variable Voronka reads, validated once at start.
 * The README's table of variables mirrors this schema; keep them in step.
 */

const port = z.coerce
  .number({ error: 'must be a port number (0 to 65535)' })
  .int('must be a port number (0 to 65535)')
  .min(0, 'must be a port number (0 to 65535)')
  .max(65535, 'must be a port number (0 to 65535)');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be one of true, false, 1, 0, yes, no',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL')
  .refine((v) => {
    try {
      new URL(v);
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid URL');

/** `60/1m`: at most 60 in a minute (window in s, m or h); `off`: no limit. */
const rateLimit = z
  .string()
  .regex(/^(off|\d{1,7}\/\d{1,6}[smh])$/, 'must be <count>/<window>, like 60/1m or 10/30s, or off')
  .transform((v): RateLimit | null => {
    if (v === 'off') return null;
    const [, count, size, unit] = /^(\d+)\/(\d+)([smh])$/.exec(v)!;
    const seconds = Number(size) * { s: 1, m: 60, h: 3600 }[unit as 's' | 'm' | 'h'];
    return { points: Number(count), seconds };
  })
  .refine((v) => v === null || (v.points > 0 && v.seconds > 0), 'count and window must be above 0');

const hostPort = z
  .string()
  .regex(/^[^\s:/]+:\d{1,5}$/, 'must be host:port, e.g. temporal.internal:7233');

const milliseconds = z.coerce
  .number({ error: 'must be a number of milliseconds' })
  .int('must be a whole number of milliseconds')
  .min(100, 'must be at least 100 (ms)')
  .max(3_600_000, 'must be at most 3600000 (ms, an hour)');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_SQL_VALUES: booleanFlag.default(false),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?))*)$/,
      'must be the number of proxies in front of the API, or their addresses (loopback, 10.0.0.0/8, …), comma-separated',
    )
    .transform((v) => (/^\d+$/.test(v) ? Number(v) : v))
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  VORONKA_CACHE_DIR: z.string().min(1).optional(),

  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    // One connection holds the migration lock while the migrator uses another.
    .min(2, 'must be at least 2')
    .max(200, 'must be at most 200')
    .default(10),
  DATABASE_MIGRATE_ON_START: booleanFlag.default(true),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds.default(2000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds.default(3000),
  DATABASE_EMBEDDED_PORT: port.default(54329),

  TEMPORAL_ADDRESS: hostPort.optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('voronka'),
  TEMPORAL_TLS: booleanFlag.default(false),
  TEMPORAL_TLS_CA_PATH: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT_PATH: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_PATH: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_UI_URL: z.url('must be a URL, e.g. http://localhost:8233').optional(),
  TEMPORAL_CLI_PATH: z.string().min(1).optional(),
  TEMPORAL_TEST_SERVER_PATH: z.string().min(1).optional(),
  TEMPORAL_EMBEDDED_PORT: port.default(7233),
  TEMPORAL_EMBEDDED_UI_PORT: port.default(8233),
  TEMPORAL_WORKFLOW_DIAGNOSTICS: booleanFlag.default(false),
  TEMPORAL_WORKFLOW_BUNDLE: z.string().min(1).optional(),

  RULES_PUBLISH_ON_START: booleanFlag.default(true),
  IMPORT_WORKFLOW_STARTS_PER_SECOND: z.coerce
    .number({ error: 'must be a number of workflow starts a second' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000')
    .default(100),
  SELLER_NAME: z.string().min(1).max(200).default('Voronka Demo Ltd'),
  SELLER_ADDRESS: z.string().min(1).max(500).default('1 Funnel Street, 10115 Berlin, Germany'),
  SELLER_TAX_ID: z.string().min(1).max(50).optional(),
  SELLER_EMAIL: z.email('must be an email address').optional(),
  ADMIN_API_KEY: z
    .string()
    .regex(
      /^vk_[A-Za-z0-9_-]{24,120}$/,
      'must be vk_ followed by 24 to 120 letters, digits, - or _ (npm start makes one for you)',
    )
    .optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(10, 'must be at least 10 characters (npm start makes one for you)')
    .max(200)
    .optional(),

  RATE_LIMIT_PUBLIC: rateLimit.prefault('60/1m'),
  RATE_LIMIT_WEBHOOK: rateLimit.prefault('600/1m'),
  RATE_LIMIT_SIGN_IN: rateLimit.prefault('20/1m'),
  RATE_LIMIT_WEB_FORM: rateLimit.prefault('20/10m'),

  DEFAULT_LOCALE: z
    .string()
    .refine((v) => {
      try {
        return Intl.NumberFormat.supportedLocalesOf(v).length === 1;
      } catch {
        return false;
      }
    }, 'must be a locale this Node.js knows, like en-US, de-DE or ru-RU')
    .default('en-US'),

  PHONE_DEFAULT_COUNTRY: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .refine(
      (v): v is CountryCode => /^[A-Z]{2}$/.test(v) && isSupportedCountry(v),
      'must be a country code like RU, DE or US (ISO 3166-1 alpha-2)',
    )
    .optional(),

  PUBLIC_URL: z
    .url('must be the URL customers reach the API at, e.g. https://crm.example.com')
    .optional(),
  LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),

  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://mailpit:1025')
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

/** At most `points` requests in `seconds`. */
export interface RateLimit {
  points: number;
  seconds: number;
}

export interface TemporalTlsConfig {
  caPath?: string;
  certPath?: string;
  keyPath?: string;
  serverName?: string;
}

export interface AppConfig {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  /** Keep the values of SQL statements in logged database errors (debugging only). */
  logSqlValues: boolean;
  http: {
    host: string;
    port: number;
    /**
     * Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (Express `trust proxy`):
     * a hop count or addresses. Unset: none, the client is the socket's peer.
     */
    trustProxy?: string | number;
  };
  /** Absolute path of the folder for embedded data (.data/ by default). */
  dataDir: string;
  /** Absolute path of the per-user tool cache, shared by every clone. */
  cacheDir: string;
  database: {
    /** Unset means: start the embedded PostgreSQL (PGlite). */
    url?: string;
    poolMax: number;
    migrateOnStart: boolean;
    /** How long to wait for a connection, and for one statement (the API and the worker). */
    timeouts: { connectMs: number; statementMs: number };
    /** Port of the embedded PostgreSQL under `npm start` (0: any free port). */
    embeddedPort: number;
  };
  /**
   * Requests counted per caller (null: no limit): `public`, the quote pages per address;
   * `webhook`, integration deliveries per API key; `signIn`, failed sign-ins (unknown keys) per
   * address.
   */
  rateLimits: {
    public: RateLimit | null;
    webhook: RateLimit | null;
    signIn: RateLimit | null;
    /** The posts of an address to the web forms' pages. */
    webForm: RateLimit | null;
  };
  /** A key that is made a working admin key at start (the first admin's key). */
  adminApiKey?: string;
  /** Made the first admin's password at start, if they have none yet (they sign in with it). */
  adminPassword?: string;
  /** Who sells: printed on quotes and invoices. */
  seller: { name: string; address: string; taxId?: string; email?: string };
  /** Publish the shipped rules (rules/) that are new when the API starts. */
  rulesPublishOnStart: boolean;
  /**
   * CSV imports: how many imported leads' workflows start a second, behind the import (an
   * import may ask for less). Kept below what the workers take, so no workflow task waits.
   */
  imports: { workflowStartsPerSecond: number };
  /** Outgoing mail; unset means: write messages to DATA_DIR/outbox (embedded default). */
  smtpUrl?: string;
  /**
   * The locale amounts are shown in, in emails and documents, for people whose own is unknown
   * (BCP 47, like `de-DE`).
   */
  defaultLocale: string;
  /**
   * The country a phone written without a country code is in, for comparing phones (the
   * duplicate check, search); none: such a phone compares by its digits.
   */
  phoneDefaultCountry: CountryCode | undefined;
  /** Where links in emails point (the quote answer page); default http://HOST:PORT. */
  publicUrl: string;
  /** Signs links in emails; unset means: one generated and kept in DATA_DIR/link-secret. */
  linkSecret?: string;
  temporal: {
    /** Unset means: start the embedded Temporal dev server. */
    address?: string;
    namespace: string;
    taskQueue: string;
    tls?: TemporalTlsConfig;
    apiKey?: string;
    uiUrl?: string;
    cliPath?: string;
    testServerPath?: string;
    embeddedPort: number;
    embeddedUiPort: number;
    /**
     * The SDK's workflow diagnostics: a deadlock watchdog (5 s) around every call into workflow
     * code, and a stack trace captured at every promise workflow code creates (the `__stack_trace`
     * query). Off by default: together they cost more than the workflows themselves.
     */
    workflowDiagnostics: boolean;
    /**
     * A prebuilt workflow bundle for the worker to load; unset means the one `npm run build`
     * writes beside the worker (or, running from sources, bundling them at start).
     */
    workflowBundle?: string;
  };
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Reads and validates the environment; throws one error listing every bad variable. */
export function loadConfig(
  source: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): AppConfig {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const env = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new InvalidEnvironmentError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const given = env[name];
        const shown = given === undefined ? '' : ` (got ${JSON.stringify(given)})`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;

  const problems: string[] = [];
  const tlsFiles = [e.TEMPORAL_TLS_CERT_PATH, e.TEMPORAL_TLS_KEY_PATH];
  if (tlsFiles.filter(Boolean).length === 1) {
    problems.push(
      'TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH: set both for mutual TLS, or neither',
    );
  }
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);

  const tlsWanted =
    e.TEMPORAL_TLS || Boolean(e.TEMPORAL_TLS_CERT_PATH) || Boolean(e.TEMPORAL_TLS_CA_PATH);
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));

  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    logSqlValues: e.LOG_SQL_VALUES,
    http: { host: e.HOST, port: e.PORT, trustProxy: e.TRUST_PROXY },
    dataDir: absolute(e.DATA_DIR),
    cacheDir: absolute(e.VORONKA_CACHE_DIR ?? join(homedir(), '.cache', 'voronka')),
    database: {
      url: e.DATABASE_URL,
      poolMax: e.DATABASE_POOL_MAX,
      migrateOnStart: e.DATABASE_MIGRATE_ON_START,
      timeouts: {
        connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
        statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      },
      embeddedPort: e.DATABASE_EMBEDDED_PORT,
    },
    adminApiKey: e.ADMIN_API_KEY,
    adminPassword: e.ADMIN_PASSWORD,
    rateLimits: {
      public: e.RATE_LIMIT_PUBLIC,
      webhook: e.RATE_LIMIT_WEBHOOK,
      signIn: e.RATE_LIMIT_SIGN_IN,
      webForm: e.RATE_LIMIT_WEB_FORM,
    },
    seller: {
      name: e.SELLER_NAME,
      address: e.SELLER_ADDRESS,
      taxId: e.SELLER_TAX_ID,
      email: e.SELLER_EMAIL,
    },
    rulesPublishOnStart: e.RULES_PUBLISH_ON_START,
    imports: { workflowStartsPerSecond: e.IMPORT_WORKFLOW_STARTS_PER_SECOND },
    smtpUrl: e.SMTP_URL,
    defaultLocale: e.DEFAULT_LOCALE,
    phoneDefaultCountry: e.PHONE_DEFAULT_COUNTRY as CountryCode | undefined,
    publicUrl: (
      e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`
    ).replace(/\/$/, ''),
    linkSecret: e.LINK_SECRET,
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      tls: tlsWanted
        ? {
            caPath: e.TEMPORAL_TLS_CA_PATH,
            certPath: e.TEMPORAL_TLS_CERT_PATH,
            keyPath: e.TEMPORAL_TLS_KEY_PATH,
            serverName: e.TEMPORAL_TLS_SERVER_NAME,
          }
        : undefined,
      apiKey: e.TEMPORAL_API_KEY,
      uiUrl: e.TEMPORAL_UI_URL,
      cliPath: e.TEMPORAL_CLI_PATH,
      testServerPath: e.TEMPORAL_TEST_SERVER_PATH,
      embeddedPort: e.TEMPORAL_EMBEDDED_PORT,
      embeddedUiPort: e.TEMPORAL_EMBEDDED_UI_PORT,
      workflowDiagnostics: e.TEMPORAL_WORKFLOW_DIAGNOSTICS,
      workflowBundle: e.TEMPORAL_WORKFLOW_BUNDLE,
    },
  };
}

/** The processes that run against configured services (as production does) need both. */
export function requireConfiguredServices(config: AppConfig, processName: string): void {
  const missing: string[] = [];
  if (!config.database.url) missing.push('DATABASE_URL: required by ' + processName);
  if (!config.temporal.address) missing.push('TEMPORAL_ADDRESS: required by ' + processName);
  if (missing.length > 0) {
    throw new InvalidEnvironmentError([
      ...missing,
      'hint: `npm start` runs everything on embedded defaults; ' +
        `${processName} alone runs against configured services`,
    ]);
  }
}
