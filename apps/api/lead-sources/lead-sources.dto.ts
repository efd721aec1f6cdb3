import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';

export class CreateLeadSourceDto {
  @ApiProperty({
    example: 'web',
    pattern: '^[a-z0-9][a-z0-9_-]{0,99}$',
    description: 'what leads and deals store in `source`; fixed once created',
  })
  @Matches(/^[a-z0-9][a-z0-9_-]{0,99}$/, {
    message: 'code must be lower-case letters, digits, _ or -, up to 100',
  })
  code!: string;

  @ApiProperty({ example: 'Website form', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ description: 'whether new records may name it (default true)' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class UpdateLeadSourceDto extends PartialType(
  OmitType(CreateLeadSourceDto, ['code'] as const),
  OMITTABLE,
) {}

export class ListLeadSourcesQueryDto extends PageQueryDto {
  @IsQueryBoolean('only the active (true) or the inactive (false) sources')
  active?: boolean;
}
