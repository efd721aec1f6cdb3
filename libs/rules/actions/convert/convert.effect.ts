import { type ConvertEffectsApi } from './convert.action';

/** What the effect needs from the worker: the leads, and starting the new deal's workflow. */
export interface ConvertPorts {
  leads: {
    /** The lead as a deal (the same deal when converted already); null when it cannot be. */
    convertByRules(
      leadId: string,
      pipeline?: string,
    ): Promise<{ id: string; pipelineId: string; rulesVersion: number } | null>;
  };
  automation: {
    /** Starts a record's workflow (idempotent: a running one is left as it is). */
    start(kind: 'deal', id: string, ruleSetId: string, version: number): Promise<unknown>;
  };
}

/** The effect of convert: the lead converted, and the new deal's workflow started. */
export function convertEffects({ leads, automation }: ConvertPorts): ConvertEffectsApi {
  return {
    // Idempotent: a lead converted already answers the deal it became (starting is idempotent).
    async convertLead(input) {
      const deal = await leads.convertByRules(input.recordId, input.pipeline);
      if (deal) await automation.start('deal', deal.id, deal.pipelineId, deal.rulesVersion);
      return { dealId: deal?.id ?? null };
    },
  };
}
