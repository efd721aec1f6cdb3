import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ApiKey } from './api-key.entity';
import { principalOf } from './principal';
import { type Principal } from './role';
import { firstAdmin, lockBootstrap } from './first-admin';
import { User } from './user.entity';

export const API_KEY_PREFIX = 'vk_';
const PRINCIPAL_TTL_MS = 10_000;
const MAX_CACHED_PRINCIPALS = 10_000;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key: `vk_` and 40 URL-safe characters (240 bits). */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(30).toString('base64url');
}

/** A webhook signing secret: `whsec_` and 43 URL-safe characters (256 bits). */
export function generateSigningSecret(): string {
  return 'whsec_' + randomBytes(32).toString('base64url');
}

export interface IssuedKey {
  id: string;
  name: string;
  prefix: string;
  /** Shown once, when the key is created; only its hash is kept. */
  key: string;
  /** Integration keys: the secret to sign webhook deliveries with (HMAC-SHA256), shown once. */
  signingSecret?: string;
  createdAt: string;
}

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger('ApiKeys');

  /**
   * Principals by key hash, for a few seconds: every request authenticates, and most come in
   * bursts. A change of users or keys made through this process clears it at once; another API
   * instance sees it within PRINCIPAL_TTL_MS.
   */
  private readonly principals = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly orm: MikroORM) {}

  /** Forget every cached principal (a user or key changed). */
  forgetPrincipals(): void {
    this.principals.clear();
  }

  /** The principal of an active key of an active user, or null. */
  async authenticate(key: string): Promise<Principal | null> {
    if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return null;
    const hash = hashApiKey(key);
    const cached = this.principals.get(hash);
    if (cached && cached.until > Date.now()) return cached.principal;
    const principal = await this.lookup(hash);
    if (principal) {
      if (this.principals.size >= MAX_CACHED_PRINCIPALS) this.principals.clear();
      this.principals.set(hash, { principal, until: Date.now() + PRINCIPAL_TTL_MS });
    }
    return principal;
  }

  private async lookup(hash: string): Promise<Principal | null> {
    const em = this.orm.em.fork();
    const found = await em.findOne(
      ApiKey,
      { hash, revokedAt: null, user: { active: true } },
      { populate: ['user'] },
    );
    if (!found) return null;
    return principalOf(em, found.user.getEntity(), { apiKeyId: found.id });
  }

  async issue(
    em: EntityManager,
    user: User,
    name: string,
    key: string = generateApiKey(),
  ): Promise<IssuedKey> {
    const apiKey = new ApiKey(
      em.getReference(User, user.id, { wrapped: true }),
      name,
      key.slice(0, 10),
      hashApiKey(key),
    );
    if (user.role === 'integration') apiKey.signingSecret = generateSigningSecret();
    await em.persist(apiKey).flush();
    return {
      id: apiKey.id,
      name,
      prefix: apiKey.prefix,
      key,
      ...(apiKey.signingSecret ? { signingSecret: apiKey.signingSecret } : {}),
      createdAt: apiKey.createdAt.toISOString(),
    };
  }

  /**
   * Makes ADMIN_API_KEY a working admin key: creates the first admin user when
   * there is none, and registers the key when it is new. Idempotent.
   */
  async ensureAdminKey(key: string): Promise<void> {
    const em = this.orm.em.fork();
    await em.transactional(async (tx) => {
      await lockBootstrap(tx);
      if (await tx.findOne(ApiKey, { hash: hashApiKey(key) })) return;
      const admin = await firstAdmin(tx, (email) =>
        this.logger.log(`created the first admin user (${email})`),
      );
      await this.issue(tx, admin, 'ADMIN_API_KEY', key);
      this.logger.log(`registered ADMIN_API_KEY (${key.slice(0, 10)}…) for ${admin.email}`);
    });
  }
}
