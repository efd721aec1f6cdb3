import { IsOmittable } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { ROLES, type Role } from '../../../libs/crm/users/role';

export class CreateTeamDto {
  @ApiProperty({ example: 'Sales East' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'Anna Petrova' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'anna@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    description: 'the team (required for head and manager to see team records)',
  })
  @IsOmittable()
  @IsUUID()
  teamId?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOmittable()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @ApiPropertyOptional({ description: 'false deactivates the user and all their keys' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'laptop' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class ListUsersQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOmittable()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ description: 'text search in name and email' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  q?: string;
}
