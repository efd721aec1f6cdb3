import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { COMMENT_MAX_LENGTH } from '../../../libs/crm/comments/comment-rules';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';

/** A timeline's paging: newest first, always; `limit`, `cursor` and `format` as every list. */
export class TimelineQueryDto extends PickType(ListQueryDto, [
  'limit',
  'cursor',
  'format',
] as const) {}

/** A comment's text: plain text (links stay text; the answer lists them). */
export class CommentBodyDto {
  @ApiProperty({
    minLength: 1,
    maxLength: COMMENT_MAX_LENGTH,
    description: `plain text, ${COMMENT_MAX_LENGTH} characters at most, not blank`,
    example:
      'They find it too expensive this year; call back in May. Price list: https://acme.test/p',
  })
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;
}
