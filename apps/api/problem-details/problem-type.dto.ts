import { ApiProperty } from '@nestjs/swagger';

/**
 * A problem type: what an error answer's `type` means (GET /problems/{type}). Declared with
 * ApiProperty, not apps/api/openapi's helpers: that folder builds on this one.
 */
export class ProblemTypeDto {
  @ApiProperty({
    type: String,
    description: 'the problem’s `type`',
    example: '/problems/not-found',
  })
  type!: string;

  @ApiProperty({ type: 'integer', description: 'the status every answer of this type has' })
  status!: number;

  @ApiProperty({ type: String, example: 'Not found' })
  title!: string;

  @ApiProperty({ type: String, description: 'what it means and what to do' })
  description!: string;
}
