import { Controller, Get, Param } from '@nestjs/common';
import { ApiExtension, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../libs/crm/auth/auth.decorators';
import { ERROR_CODES, type ErrorCode, NotFoundError } from '../../../libs/errors';
import { ProblemTypeDto } from './problem-type.dto';
import { isProblemType, PROBLEM_TYPES, problemTypeUri } from './problem-types';

/** Where each problem `type` of an error answer resolves to: what it means and what to do. */
@ApiTags('problems')
@Public()
@Controller('problems')
export class ProblemTypesController {
  @Get()
  @ApiOperation({
    operationId: 'listProblemTypes',
    summary: 'Every problem type this API answers with',
  })
  @ApiResponse({
    status: 200,
    type: [ProblemTypeDto],
    description: 'every problem type, with its status and meaning',
  })
  list(): ProblemTypeDto[] {
    return (Object.keys(PROBLEM_TYPES) as ErrorCode[]).map(view);
  }

  @Get(':type')
  @ApiOperation({ operationId: 'getProblemType', summary: 'What a problem type means' })
  @ApiResponse({
    status: 200,
    type: ProblemTypeDto,
    description: 'what the problem type means and what to do',
  })
  // Operation's PROBLEMS_EXTENSION (apps/api/openapi builds on this folder, so not imported).
  @ApiExtension('x-problems-operation', ['not-found'])
  @ApiParam({
    name: 'type',
    description: 'the last segment of a problem’s `type`',
    schema: { type: 'string', enum: [...ERROR_CODES] },
  })
  describe(@Param('type') type: string): ProblemTypeDto {
    if (!isProblemType(type)) throw new NotFoundError(`no problem type "${type}"`);
    return view(type);
  }
}

/** A problem type as described to clients (its extension members are in the OpenAPI document). */
function view(code: ErrorCode): ProblemTypeDto {
  const { status, title, description } = PROBLEM_TYPES[code];
  return { type: problemTypeUri(code), status, title, description };
}
