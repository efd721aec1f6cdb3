import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, EnumField, IntField, NestedField, TextField } from '../openapi/fields';
import { ReportPeriodDto } from './funnel.answers';

const Count = (description: string) => IntField({ minimum: 0, description });

export class AutomationFiguresDto {
  @Count('activities the rules created in the period')
  followUpsCreated!: number;

  @Count('activities the rules created that were completed in the period')
  followUpsDone!: number;

  @Count('emails the rules sent in the period (quotes, invoices and notifications included)')
  emailsSent!: number;

  @Count('emails of the rules written in the period and not (yet) handed to the mail server')
  emailsNotSent!: number;

  @Count('escalations (when_overdue) that fired in the period: each firing once')
  escalations!: number;

  @Count('quotes the rules chose to send in the period')
  quotesSent!: number;

  @Count('send_quote actions in the period that found no draft quote to send')
  quotesNotSent!: number;

  @Count('invoices the rules issued in the period')
  invoicesIssued!: number;

  @Count('stage moves by a transition on an event')
  movesOnEvents!: number;

  @Count('stage moves by a transition after a time (timed moves)')
  timedMoves!: number;

  @Count('stage moves by a transition whose condition came to hold')
  conditionMoves!: number;

  @Count('stage moves by an escalation')
  escalationMoves!: number;

  @Count('timed moves pending now')
  pendingMoves!: number;

  @Count('follow-ups pending now')
  pendingFollowUps!: number;

  @Count('escalation checks pending now')
  pendingEscalations!: number;
}

export class AutomationRowDto {
  @EnumField(['deal', 'lead'])
  kind!: string;

  @TextField({ example: 'b2b', description: 'the pipeline, or the lead rules' })
  ruleSetId!: string;

  @IntField({ minimum: 1 })
  version!: number;

  @ApiProperty({ type: String, nullable: true, required: true, description: 'the rules’ name' })
  name!: string | null;

  @NestedField(AutomationFiguresDto)
  figures!: AutomationFiguresDto;
}

export class AutomationReportDto {
  @EnumField(['automation'])
  report!: string;

  @NestedField(ReportPeriodDto)
  period!: ReportPeriodDto;

  @DateTimeField({ description: 'the instant the pending timers are counted at' })
  now!: string;

  @NestedField([AutomationRowDto], {
    description: 'per rules version with anything done in the period or pending now',
  })
  rulesVersions!: AutomationRowDto[];

  @NestedField(AutomationFiguresDto, { description: 'every version together' })
  total!: AutomationFiguresDto;
}
