import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';
import {
  WEB_FORM_FIELDS,
  type WebFormFieldName,
} from '../../../libs/crm/web-forms/web-form.entity';

export class WebFormFieldInputDto {
  @ApiProperty({ enum: WEB_FORM_FIELDS, description: 'the field of the lead it fills' })
  @IsIn(WEB_FORM_FIELDS)
  field!: WebFormFieldName;

  @ApiProperty({ example: 'Your email', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  label!: string;

  @ApiProperty({ description: 'whether the page refuses a post without it' })
  @IsBoolean()
  required!: boolean;
}

export class CreateWebFormDto {
  @ApiProperty({ example: 'Website: request a demo', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    type: [WebFormFieldInputDto],
    description:
      'the lead’s fields the page asks for, in this order; each once; an email or a phone among them. Without `title`, the lead is titled “<form name>: <who>”',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEB_FORM_FIELDS.length)
  @ValidateNested({ each: true })
  @Type(() => WebFormFieldInputDto)
  fields!: WebFormFieldInputDto[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'web',
    description: 'the code of an active lead source (GET /api/v1/lead-sources) its leads name',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'who its leads are for (or a team: one of the two)',
  })
  @IsOptional()
  @IsUUID()
  responsibleId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'its leads go to the team’s active managers and heads in turn',
  })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @ApiProperty({
    example: 'Thank you! We will call you within a working day.',
    minLength: 1,
    maxLength: 2000,
    description: 'shown after a post (plain text)',
  })
  @IsString()
  @Length(1, 2000)
  thankYouText!: string;
}

export class UpdateWebFormDto extends PartialType(CreateWebFormDto, OMITTABLE) {
  @ApiPropertyOptional({ description: 'false: its page answers 404' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class ListWebFormsQueryDto extends PageQueryDto {
  @IsQueryBoolean('only the active (true) or the inactive (false) forms')
  active?: boolean;
}
