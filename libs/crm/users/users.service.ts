import { Injectable } from '@nestjs/common';
import {
  type FilterQuery,
  MikroORM,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { lockForTransaction } from '../../sql/advisory-lock';
import { checkIfMatch } from '../concurrency/if-match';
import { type Page, paginate, type PageRequest, type Sortable } from '../lists/pagination';
import { containsPattern } from '../lists/text-search';
import { ApiKey } from './api-key.entity';
import { ApiKeysService, type IssuedKey } from './api-keys.service';
import { type Language } from './language';
import { type Role } from './role';
import { Team } from './team.entity';
import { User } from './user.entity';
import { DomainError, invalidField, NotFoundError, DuplicateError } from '../../errors';

export interface UserView {
  id: string;
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function userView(u: User): UserView {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    teamId: u.team?.id ?? null,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    version: u.version,
  };
}

const USER_SORTS: Sortable = {
  name: { property: 'name', kind: 'string' },
  email: { property: 'email', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
};
const TEAM_SORTS: Sortable = {
  name: { property: 'name', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
};
const KEY_SORTS: Sortable = {
  createdAt: { property: 'createdAt', kind: 'date' },
  name: { property: 'name', kind: 'string' },
};

@Injectable()
export class UsersService {
  constructor(
    private readonly orm: MikroORM,
    private readonly keys: ApiKeysService,
  ) {}

  async createTeam(name: string): Promise<Team> {
    const em = this.orm.em.fork();
    const team = new Team(name.trim());
    try {
      await em.persist(team).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new DuplicateError('name', `a team named "${name}" exists`);
      throw error;
    }
    return team;
  }

  async listTeams(page: PageRequest): Promise<Page<Team>> {
    return paginate(this.orm.em.fork(), Team, {}, page, TEAM_SORTS);
  }

  async create(input: {
    name: string;
    email: string;
    role: Role;
    teamId?: string;
    language?: Language;
  }): Promise<User> {
    const em = this.orm.em.fork();
    const user = new User(input.name.trim(), input.email, input.role);
    if (input.language) user.language = input.language;
    if (input.teamId) user.team = await this.teamRef(em, input.teamId);
    try {
      await em.persist(user).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new DuplicateError('email', `a user with email ${user.email} exists`);
      throw error;
    }
    // A head's principal lists their team's members.
    this.keys.forgetPrincipals();
    return user;
  }

  async get(id: string): Promise<User> {
    const user = await this.orm.em.fork().findOne(User, { id });
    if (!user) throw new NotFoundError(`no user ${id}`);
    return user;
  }

  async update(
    id: string,
    changes: { name?: string; role?: Role; teamId?: string | null; active?: boolean },
    ifMatch?: string,
  ): Promise<User> {
    const user = await this.orm.em.fork().transactional(async (em) => {
      // Changes of admins queue here, so that two admins demoting each other leave one.
      await lockForTransaction(em, 'users:admins');
      const user = await em.findOne(User, { id });
      if (!user) throw new NotFoundError(`no user ${id}`);
      checkIfMatch(ifMatch, user.version);
      const wasActiveAdmin = user.role === 'admin' && user.active;
      if (changes.name !== undefined) user.name = changes.name.trim();
      if (changes.role !== undefined) user.role = changes.role;
      if (changes.active !== undefined) user.active = changes.active;
      if (changes.teamId !== undefined)
        user.team = changes.teamId === null ? null : await this.teamRef(em, changes.teamId);
      if (wasActiveAdmin && !(user.role === 'admin' && user.active)) {
        const others = await em.count(User, { role: 'admin', active: true, id: { $ne: id } });
        if (others === 0)
          throw new DomainError(
            'last-admin',
            `${user.name} is the last active admin: make someone else an admin first`,
          );
      }
      // A deactivated person's keys are revoked for good: reactivating them issues new ones.
      if (!user.active)
        await em.nativeUpdate(ApiKey, { user: id, revokedAt: null }, { revokedAt: new Date() });
      return user;
    });
    this.keys.forgetPrincipals();
    return user;
  }

  /** The user's own language and time zone (null: the browser's). */
  async setPreferences(
    id: string,
    changes: { language?: Language | null; timeZone?: string | null },
  ): Promise<User> {
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { id });
    if (!user) throw new NotFoundError(`no user ${id}`);
    if (changes.language !== undefined) user.language = changes.language;
    if (changes.timeZone !== undefined) user.timeZone = changes.timeZone;
    await em.flush();
    return user;
  }

  async list(
    page: PageRequest,
    filters: { role?: Role; teamId?: string; q?: string; createdAt?: unknown; updatedAt?: unknown },
  ): Promise<Page<User>> {
    const where: Record<string, unknown> = {};
    if (filters.role) where.role = filters.role;
    if (filters.teamId) where.team = filters.teamId;
    if (filters.createdAt) where.createdAt = filters.createdAt;
    if (filters.updatedAt) where.updatedAt = filters.updatedAt;
    if (filters.q) {
      const p = containsPattern(filters.q);
      where.$or = [{ name: { $ilike: p } }, { email: { $ilike: p } }];
    }
    return paginate(this.orm.em.fork(), User, where as FilterQuery<User>, page, USER_SORTS);
  }

  async issueKey(userId: string, name: string): Promise<IssuedKey> {
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { id: userId });
    if (!user) throw new NotFoundError(`no user ${userId}`);
    if (!user.active)
      throw new DomainError('user-inactive', 'the user is deactivated; activate them first');
    return this.keys.issue(em, user, name);
  }

  async listKeys(userId: string, page: PageRequest): Promise<Page<ApiKey>> {
    await this.get(userId);
    return paginate(this.orm.em.fork(), ApiKey, { user: userId }, page, KEY_SORTS);
  }

  async revokeKey(keyId: string): Promise<void> {
    const em = this.orm.em.fork();
    const key = await em.findOne(ApiKey, { id: keyId });
    if (!key) throw new NotFoundError(`no API key ${keyId}`);
    key.revokedAt ??= new Date();
    await em.flush();
    this.keys.forgetPrincipals();
  }

  private async teamRef(em: ReturnType<MikroORM['em']['fork']>, teamId: string) {
    const team = await em.findOne(Team, { id: teamId });
    if (!team) throw invalidField('teamId', `no team ${teamId}`);
    return em.getReference(Team, teamId, { wrapped: true });
  }
}
