import { Injectable } from '@nestjs/common';
import { LeadsService } from '../../crm/leads/leads.service';
import { AutomationClient } from '../client/automation-client';
import { type EffectInput, type LeadEffectsApi } from '../contract/effects.contract';

/** A lead converted by its rules, and the new deal's workflow started. */
@Injectable()
export class LeadEffects implements LeadEffectsApi {
  constructor(
    private readonly leads: LeadsService,
    private readonly automation: AutomationClient,
  ) {}

  /** Idempotent: a lead converted already answers the deal it became (starting is idempotent). */
  async convertLead(input: EffectInput<'convertLead'>): Promise<{ dealId: string | null }> {
    const deal = await this.leads.convertByRules(input.recordId, input.pipeline);
    if (deal) await this.automation.start('deal', deal.id, deal.pipelineId, deal.rulesVersion);
    return { dealId: deal?.id ?? null };
  }
}
