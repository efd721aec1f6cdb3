import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { Client } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { SMOKE_WORKFLOW_TYPE } from '../../../libs/smoke/smoke.contract';
import { SmokePing } from '../../../libs/smoke/smoke-ping.entity';
import { workflowUiUrl } from '../../../libs/temporal';
import type { smokeWorkflow } from '../../../workflows/smoke/smoke.workflow';
import { CreateSmokeRunDto, SmokeRunDto } from './smoke.dto';

/**
 * The wiring proof: starts the smoke workflow, waits for it, and reads back
 * the row that its effect wrote.
 */
@ApiTags('smoke')
@ApiBearerAuth()
@Controller('api/v1/smoke')
export class SmokeController {
  constructor(
    private readonly temporal: Client,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: SmokeRunDto })
  async run(@Body() body: CreateSmokeRunDto): Promise<SmokeRunDto> {
    const workflowId = `smoke-${randomUUID()}`;
    await this.temporal.workflow.execute<typeof smokeWorkflow>(SMOKE_WORKFLOW_TYPE, {
      taskQueue: this.config.temporal.taskQueue,
      workflowId,
      args: [{ message: body.message }],
      workflowExecutionTimeout: '1 minute',
    });
    return this.read(workflowId);
  }

  @Get(':workflowId')
  @ApiOkResponse({ type: SmokeRunDto })
  @ApiNotFoundResponse({ description: 'no smoke run with that workflow id' })
  async read(@Param('workflowId') workflowId: string): Promise<SmokeRunDto> {
    const ping = await this.em.findOne(SmokePing, { workflowId });
    if (!ping) throw new NotFoundException(`no smoke run with workflow id ${workflowId}`);
    return {
      id: ping.id,
      workflowId: ping.workflowId,
      message: ping.message,
      attempt: ping.attempt,
      createdAt: ping.createdAt.toISOString(),
      temporalUiUrl: workflowUiUrl(this.config.temporal, workflowId),
    };
  }
}
