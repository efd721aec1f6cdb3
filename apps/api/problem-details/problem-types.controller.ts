import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../libs/crm/auth/auth.decorators';
import {
  isProblemType,
  PROBLEM_TYPES,
  type ProblemType,
  problemTypeUri,
} from '../../../libs/problems';

/** Where each problem `type` of an error answer resolves to: what it means and what to do. */
@ApiTags('problems')
@Public()
@Controller('problems')
export class ProblemTypesController {
  @Get()
  @ApiOkResponse({ description: 'every problem type this API answers with' })
  list() {
    return Object.entries(PROBLEM_TYPES).map(([type, t]) => ({
      type: problemTypeUri(type as ProblemType),
      ...t,
    }));
  }

  @Get(':type')
  @ApiOkResponse({ description: 'what the problem type means' })
  describe(@Param('type') type: string) {
    if (!isProblemType(type)) throw new NotFoundException(`no problem type "${type}"`);
    return { type: problemTypeUri(type as ProblemType), ...PROBLEM_TYPES[type] };
  }
}
