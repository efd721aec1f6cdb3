import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'FieldProblem', description: 'One invalid field and what is wrong with it.' })
export class FieldProblemDto {
  @ApiProperty({
    description:
      'a dotted path into the body, the query or the path (`rows.1.quantity`), or a header name',
    example: 'amount',
  })
  field!: string;

  @ApiProperty({ example: 'amount must be a non-negative decimal with at most 2 decimals' })
  problem!: string;
}

/**
 * RFC 9457 problem details: the body of every error answer (`application/problem+json`). Each
 * answer's schema in the document names the `type`s it can carry; a type may add members of its
 * own (`code` of a refused transition, `problems` of invalid rules, `retryAfter`).
 */
@ApiSchema({
  name: 'Problem',
  description:
    'RFC 9457 problem details. `type` names what went wrong (it resolves to its description under /problems); members beyond these are extensions of the type.',
})
export class ProblemDto {
  @ApiProperty({
    format: 'uri-reference',
    description: 'the problem type: `/problems/<code>`, described at that path of the API',
    example: '/problems/invalid-fields',
  })
  type!: string;

  @ApiProperty({ example: 'invalid fields' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status!: number;

  @ApiPropertyOptional({ description: 'what went wrong this time, for people' })
  detail?: string;

  @ApiPropertyOptional({
    format: 'uri-reference',
    description: 'the path and query of the request',
  })
  instance?: string;

  @ApiPropertyOptional({
    type: [FieldProblemDto],
    description: 'each field that is wrong (invalid fields; also a reused idempotency key)',
  })
  errors?: FieldProblemDto[];
}
