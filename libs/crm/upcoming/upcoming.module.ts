import { Module } from '@nestjs/common';
import { UpcomingAutomationService } from './upcoming-automation.service';

/** The upcoming automation across records: written by the workflows' effect, read by My day. */
@Module({ providers: [UpcomingAutomationService], exports: [UpcomingAutomationService] })
export class UpcomingModule {}
