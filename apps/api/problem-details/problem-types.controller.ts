import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../libs/crm/auth/auth.decorators';
import { type ErrorCode, NotFoundError } from '../../../libs/errors';
import { isProblemType, PROBLEM_TYPES, problemTypeUri } from './problem-types';

/** Where each problem `type` of an error answer resolves to: what it means and what to do. */
@ApiTags('problems')
@Public()
@Controller('problems')
export class ProblemTypesController {
  @Get()
  @ApiOkResponse({ description: 'every problem type this API answers with' })
  list() {
    return Object.entries(PROBLEM_TYPES).map(([type, t]) => ({
      type: problemTypeUri(type as ErrorCode),
      ...t,
    }));
  }

  @Get(':type')
  @ApiOkResponse({ description: 'what the problem type means' })
  describe(@Param('type') type: string) {
    if (!isProblemType(type)) throw new NotFoundError(`no problem type "${type}"`);
    return { type: problemTypeUri(type as ErrorCode), ...PROBLEM_TYPES[type] };
  }
}
