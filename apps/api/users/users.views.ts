import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../../libs/crm/users/role';
import {
  BoolField,
  DateTimeField,
  EmailField,
  EnumField,
  IntField,
  TextField,
  UuidField,
} from '../openapi/fields';

/** Who the request is made as (GET /api/v1/me). */
export class MeDto {
  @UuidField()
  userId!: string;

  @TextField({ example: 'Anna Petrova' })
  name!: string;

  @EnumField(ROLES)
  role!: string;

  @UuidField({ nullable: true })
  teamId!: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    required: false,
    description: 'heads only: the users of their team, themselves included',
  })
  teamMemberIds?: string[];
}

/** A team. */
export class TeamDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'Sales East' })
  name!: string;

  @DateTimeField()
  createdAt!: string;
}

/** A user as the API answers it (userView in libs/crm/users). */
export class UserDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'Anna Petrova' })
  name!: string;

  @EmailField()
  email!: string;

  @EnumField(ROLES)
  role!: string;

  @UuidField({ nullable: true })
  teamId!: string | null;

  @BoolField({ description: 'false: deactivated, their keys revoked' })
  active!: boolean;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField()
  updatedAt!: string;

  @IntField({ minimum: 1, description: 'the user’s version, also its ETag' })
  version!: number;
}

/** An API key as listed: never the key itself. */
export class ApiKeyDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'laptop' })
  name!: string;

  @TextField({
    description: 'the first characters of the key, to recognise it',
    example: 'vk_3f9a',
  })
  prefix!: string;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField({ nullable: true, description: 'set when revoked' })
  revokedAt!: string | null;
}

/** A key just issued: the key (and an integration's signing secret) shown this once. */
export class IssuedApiKeyDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'laptop' })
  name!: string;

  @TextField({
    description: 'the first characters of the key, to recognise it',
    example: 'vk_3f9a',
  })
  prefix!: string;

  @TextField({ description: 'send it as `Authorization: Bearer <key>`; only its hash is kept' })
  key!: string;

  @TextField({
    optional: true,
    description: 'integration users only: the secret to sign webhook deliveries with (HMAC-SHA256)',
  })
  signingSecret?: string;

  @DateTimeField()
  createdAt!: string;
}
