import { Body, Controller, Delete, Get, Header, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { dateRanges, pageRequest, PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { type Principal } from '../../../libs/crm/users/role';
import { userView, UsersService } from '../../../libs/crm/users/users.service';
import {
  CreateApiKeyDto,
  CreateTeamDto,
  CreateUserDto,
  ListUsersQueryDto,
  UpdateUserDto,
} from './users.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import {
  created,
  IfMatch,
  noContent,
  ok,
  Operation,
  UuidParam,
  listOrCsv,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import { ApiKeyDto, IssuedApiKeyDto, MeDto, TeamDto, UserDto } from './users.views';

/** Users, teams and API keys. Admins manage them; everyone else may look people up. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly exports: ListExport,
  ) {}

  @Get('me')
  @Roles('admin', 'salesops', 'head', 'manager', 'integration')
  @Operation({
    id: 'getMe',
    summary: 'Who the request is made as',
    answer: ok(MeDto, 'the user the API key or the session belongs to'),
  })
  me(@CurrentUser() principal: Principal): MeDto {
    const { userId, name, role, teamId, teamMemberIds } = principal;
    return { userId, name, role, teamId, ...(teamMemberIds ? { teamMemberIds } : {}) };
  }

  @Post('teams')
  @IdempotentCreate()
  @Roles('admin')
  @Operation({
    id: 'createTeam',
    summary: 'Create a team',
    answer: created(TeamDto, 'the team'),
    problems: ['duplicate'],
  })
  async createTeam(@Body() body: CreateTeamDto): Promise<TeamDto> {
    const team = await this.users.createTeam(body.name);
    return { id: team.id, name: team.name, createdAt: team.createdAt.toISOString() };
  }

  @Get('teams')
  @Operation({
    id: 'listTeams',
    summary: 'List the teams',
    answer: listOrCsv(PageOf(TeamDto), 'a page of teams, by name unless `sort` says otherwise'),
  })
  async teams(@Query() query: PageQueryDto, @AcceptHeader() accept?: string) {
    const ask = { query, accept, name: 'teams', item: TeamDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.users.listTeams(pageRequest(q, 'name'));
      return {
        ...page,
        items: page.items.map((t) => ({
          id: t.id,
          name: t.name,
          createdAt: t.createdAt.toISOString(),
        })),
      };
    });
  }

  @Post('users')
  @IdempotentCreate()
  @Roles('admin')
  @Operation({
    id: 'createUser',
    summary: 'Create a user',
    description: 'The user signs in with an API key issued to them, or from an invitation.',
    answer: created(UserDto, 'the user'),
    problems: ['duplicate', 'invalid-fields'],
  })
  async create(@Body() body: CreateUserDto): Promise<UserDto> {
    const user = await this.users.create(body);
    return userView(user);
  }

  @Get('users')
  @Operation({
    id: 'listUsers',
    summary: 'List users',
    answer: listOrCsv(PageOf(UserDto), 'a page of users'),
  })
  async list(@Query() query: ListUsersQueryDto, @AcceptHeader() accept?: string) {
    const ask = { query, accept, name: 'users', item: UserDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.users.list(
        {
          limit: q.limit,
          cursor: q.cursor,
          offset: q.offset,
          sort: q.sort ?? 'name',
        },
        { role: q.role, teamId: q.teamId, q: q.q, ...dateRanges(q) },
      );
      return { ...page, items: page.items.map(userView) };
    });
  }

  @Get('users/:id')
  @Operation({ id: 'getUser', summary: 'Read a user', answer: ok(UserDto, 'the user') })
  async get(@UuidParam() id: string): Promise<UserDto> {
    const user = await this.users.get(id);
    return userView(user);
  }

  @Patch('users/:id')
  @Roles('admin')
  @Operation({
    id: 'updateUser',
    summary: 'Change a user (name, role, team, active)',
    description: 'Deactivating a user revokes their API keys for good.',
    answer: ok(UserDto, 'the user as changed'),
    problems: ['invalid-fields', 'last-admin'],
  })
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateUserDto,
    @IfMatch() ifMatch: string | undefined,
  ): Promise<UserDto> {
    const user = await this.users.update(id, body, ifMatch);
    return userView(user);
  }

  @Post('users/:id/api-keys')
  @Roles('admin')
  // The answer carries the key (and an integration's signing secret): no cache keeps it.
  @Header('Cache-Control', 'no-store')
  @Operation({
    id: 'issueApiKey',
    summary: 'Issue an API key to a user',
    answer: created(IssuedApiKeyDto, 'the key, shown this once'),
    problems: ['user-inactive'],
  })
  issueKey(@UuidParam() id: string, @Body() body: CreateApiKeyDto): Promise<IssuedApiKeyDto> {
    return this.users.issueKey(id, body.name);
  }

  @Get('users/:id/api-keys')
  @Roles('admin')
  @Operation({
    id: 'listApiKeys',
    summary: 'List a user’s API keys',
    answer: listOrCsv(
      PageOf(ApiKeyDto),
      'a page of the user’s keys, oldest first unless `sort` says otherwise, revoked ones included',
    ),
  })
  async keys(
    @UuidParam() id: string,
    @Query() query: PageQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'api-keys', item: ApiKeyDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.users.listKeys(id, pageRequest(q, 'createdAt'));
      return {
        ...page,
        items: page.items.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          createdAt: k.createdAt.toISOString(),
          revokedAt: k.revokedAt?.toISOString() ?? null,
        })),
      };
    });
  }

  @Delete('api-keys/:id')
  @Roles('admin')
  @Operation({
    id: 'revokeApiKey',
    summary: 'Revoke an API key',
    answer: noContent('revoked (revoking it again changes nothing)'),
  })
  async revoke(@UuidParam() id: string): Promise<void> {
    await this.users.revokeKey(id);
  }
}
