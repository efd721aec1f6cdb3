import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { OMITTABLE } from '../../../libs/crm/validation/omittable';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';

/** Registering an outbound webhook endpoint. */
export class CreateWebhookEndpointDto {
  @ApiProperty({
    example: 'erp',
    description: 'what the rules call it (post_webhook: { endpoint: erp, … })',
    pattern: '^[a-z][a-z0-9_-]{0,62}$',
  })
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, {
    message: 'name is lower-case letters, digits, - and _, starting with a letter (at most 63)',
  })
  name!: string;

  @ApiProperty({ example: 'https://erp.example.com/hooks/voronka', maxLength: 2000 })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  @MaxLength(2000)
  url!: string;

  @ApiProperty({
    type: [String],
    example: ['deal.won'],
    description: 'the events it receives, as the rules name them (post_webhook: { event })',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, {
    each: true,
    message: 'each event is a dotted name, like deal.won',
  })
  @MaxLength(100, { each: true })
  events!: string[];
}

/** Moving an endpoint or changing what it receives: its name, which the rules use, stays. */
export class UpdateWebhookEndpointDto extends PartialType(
  OmitType(CreateWebhookEndpointDto, ['name'] as const),
  OMITTABLE,
) {}

export class ListWebhookDeliveriesQueryDto extends ListQueryDto {}
