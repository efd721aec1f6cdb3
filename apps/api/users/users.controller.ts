import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { dateRanges } from '../../../libs/crm/lists/list-query.dto';
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

/** Users, teams and API keys. Admins manage them; everyone else may look people up. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @Roles('admin', 'salesops', 'head', 'manager', 'integration')
  @ApiOkResponse({ description: 'who the API key belongs to' })
  me(@CurrentUser() principal: Principal) {
    const { userId, name, role, teamId, teamMemberIds } = principal;
    return { userId, name, role, teamId, ...(teamMemberIds ? { teamMemberIds } : {}) };
  }

  @Post('teams')
  @IdempotentCreate()
  @Roles('admin')
  @ApiCreatedResponse()
  @ApiConflictResponse({ description: 'a team with that name exists' })
  async createTeam(@Body() body: CreateTeamDto) {
    const team = await this.users.createTeam(body.name);
    return { id: team.id, name: team.name, createdAt: team.createdAt.toISOString() };
  }

  @Get('teams')
  async teams() {
    return (await this.users.listTeams()).map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt.toISOString(),
    }));
  }

  @Post('users')
  @IdempotentCreate()
  @Roles('admin')
  @ApiCreatedResponse()
  @ApiConflictResponse({ description: 'a user with that email exists' })
  async create(@Body() body: CreateUserDto) {
    const user = await this.users.create(body);
    return userView(user);
  }

  @Get('users')
  async list(@Query() query: ListUsersQueryDto) {
    const page = await this.users.list(
      {
        limit: query.limit,
        cursor: query.cursor,
        offset: query.offset,
        sort: query.sort ?? 'name',
      },
      { role: query.role, teamId: query.teamId, q: query.q, ...dateRanges(query) },
    );
    return { ...page, items: page.items.map(userView) };
  }

  @Get('users/:id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const user = await this.users.get(id);
    return userView(user);
  }

  @Patch('users/:id')
  @Roles('admin')
  @ApiConflictResponse({ description: 'If-Match names an older version' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const user = await this.users.update(id, body, ifMatch);
    return userView(user);
  }

  @Post('users/:id/api-keys')
  @Roles('admin')
  // The answer carries the key (and an integration's signing secret): no cache keeps it.
  @Header('Cache-Control', 'no-store')
  @ApiCreatedResponse({ description: 'the key, shown this once' })
  issueKey(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateApiKeyDto) {
    return this.users.issueKey(id, body.name);
  }

  @Get('users/:id/api-keys')
  @Roles('admin')
  async keys(@Param('id', ParseUUIDPipe) id: string) {
    return (await this.users.listKeys(id)).map((k) => ({
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      revokedAt: k.revokedAt?.toISOString() ?? null,
    }));
  }

  @Delete('api-keys/:id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  async revoke(@Param('id', ParseUUIDPipe) id: string) {
    await this.users.revokeKey(id);
  }
}
