import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { UpcomingAutomationService } from '../../../libs/crm/upcoming/upcoming-automation.service';
import { type Principal } from '../../../libs/crm/users/role';
import { ok, Operation } from '../openapi/operation';
import { UpcomingAutomationQueryDto } from './upcoming.dto';
import { UpcomingAutomationListDto } from './upcoming.views';

@ApiTags('automation')
@ApiBearerAuth()
@Controller('api/v1/automation')
export class UpcomingAutomationController {
  constructor(private readonly upcoming: UpcomingAutomationService) {}

  @Get('upcoming')
  @Operation({
    id: 'listUpcomingAutomation',
    summary: 'What the automation will do next across one person’s records',
    description:
      'The rule timers the workflows of one person’s open deals and leads wait on — follow-ups, reminders, escalations and timed moves — soonest first, kept exact by the workflows themselves (docs/architecture.md, "Upcoming automation").',
    answer: ok(UpcomingAutomationListDto, 'soonest first, at most `limit`'),
  })
  async list(@CurrentUser() p: Principal, @Query() query: UpcomingAutomationQueryDto) {
    return { items: await this.upcoming.upcoming(p, query) };
  }
}
