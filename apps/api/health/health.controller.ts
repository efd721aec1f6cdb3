import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { Public } from '../../../libs/crm/auth/auth.decorators';
import { DatabaseHealth } from '../../../libs/persistence';
import { TemporalAvailability, TemporalHealth } from '../../../libs/temporal';
import { ok, Operation } from '../openapi/operation';
import { LivenessDto, ReadinessDto } from './health.views';

const CHECK_TIMEOUT_MS = 2000;

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

async function probe(check: () => Promise<void>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([check(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly database: DatabaseHealth,
    private readonly temporal: TemporalHealth,
    private readonly temporalAvailability: TemporalAvailability,
  ) {}

  /** Liveness: the process answers. Checks nothing else, so a slow database never restarts the API. */
  @Get('health')
  @Operation({
    id: 'checkLiveness',
    summary: 'Liveness: the process answers',
    answer: ok(LivenessDto, 'the process is alive'),
  })
  health(): LivenessDto {
    return { status: 'ok' };
  }

  /** Readiness: the database and Temporal both answer; 503 names what is down. */
  @Get('ready')
  @Operation({
    id: 'checkReadiness',
    summary: 'Readiness: the database and Temporal answer',
    answer: ok(ReadinessDto, 'database and Temporal answer'),
  })
  @ApiResponse({
    status: HttpStatus.SERVICE_UNAVAILABLE,
    type: ReadinessDto,
    description: 'names each dependency that is down (`down`) and why (`checks`)',
  })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessDto> {
    const [database, temporal] = await Promise.all([
      probe(() => this.database.check()),
      // Its own deadline a little inside the probe's, so the call ends before the answer goes out.
      probe(() => this.temporal.check(CHECK_TIMEOUT_MS - 250)),
    ]);
    // Since when Temporal is known to be down (creations wait for it no longer; moves answer 503).
    const since = this.temporalAvailability.state?.since;
    if (temporal.status === 'up') this.temporalAvailability.markUp();
    else if (since) Object.assign(temporal, { since: since.toISOString() });
    const checks: ReadinessDto['checks'] = { database, temporal };
    const down = Object.entries(checks)
      .filter(([, c]) => c.status === 'down')
      .map(([name]) => name);
    if (down.length > 0) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: down.length > 0 ? 'unavailable' : 'ready',
      ...(down.length > 0 ? { down } : {}),
      checks,
    };
  }
}
