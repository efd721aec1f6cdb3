import { IsOmittable } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../libs/crm/auth/password';
import { LANGUAGES, type Language } from '../../../libs/crm/users/language';
import { ROLES, type Role } from '../../../libs/crm/users/role';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export class SignInDto {
  @ApiProperty({ example: 'anna@example.com' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 320)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class PasswordResetDto {
  @ApiProperty({ example: 'anna@example.com' })
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

export class SetPasswordDto {
  @ApiProperty({ description: 'the token of the link in the invitation or reset email' })
  @IsString()
  @Length(1, 2000)
  token!: string;

  @ApiProperty({
    format: 'password',
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
  })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;
}

export class InvitationDto {
  @ApiProperty({ example: 'Anna Petrova' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'anna@example.com' })
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ enum: ROLES.filter((r) => r !== 'integration') })
  @IsIn(ROLES.filter((r) => r !== 'integration'))
  role!: Role;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'the language of the email and the app' })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;
}

/** One's own preferences: a field left out stays as it is. */
export class PreferencesDto {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ example: 'Europe/Moscow', description: 'an IANA time zone' })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

export class SessionUserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teamId!: string | null;
  @ApiProperty({ enum: LANGUAGES, nullable: true, description: 'null: the browser decides' })
  language!: Language | null;
  @ApiProperty({ type: String, nullable: true, description: "null: the browser's time zone" })
  timeZone!: string | null;
}

export class SessionView {
  @ApiProperty({ type: SessionUserView }) user!: SessionUserView;
  @ApiProperty({
    description: 'send it as X-CSRF-Token with every write made with the session cookie',
  })
  csrfToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'date-time', description: 'when the link in the email stops working' })
  expiresAt!: string;
}

/** An answer with nothing to say but that the request was taken (an empty object). */
export class AcceptedView {}
