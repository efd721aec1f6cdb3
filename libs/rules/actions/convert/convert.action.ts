import { defineAction, type EffectTarget } from '../kit/action-plugin';

/** `convert: { pipeline: b2b }` (lead rules): the lead becomes a deal, in that pipeline or its own. */
export interface Convert {
  pipeline?: string;
}

export type ConvertInput = EffectTarget & Convert;

export interface ConvertEffectsApi {
  /** Converts the lead (a lead converted already answers its deal); null when it cannot be. */
  convertLead(input: ConvertInput): Promise<{ dealId: string | null }>;
}

/** A pipeline's id, as the checker reads ids. */
const PIPELINE = /^[a-z][a-z0-9_-]{0,62}$/;

export const convertAction = defineAction<'convert', Convert, Convert, ConvertEffectsApi>({
  type: 'convert',
  settings: { pipeline: 'optional' },
  onlyFor: { kind: 'lead', why: 'convert is for lead rules: it turns the lead into a deal' },
  read(a, reader) {
    if (
      a.pipeline !== undefined &&
      (typeof a.pipeline !== 'string' || !PIPELINE.test(a.pipeline))
    ) {
      reader.error(['pipeline'], 'pipeline is the id of a deal pipeline, like b2b');
      return undefined;
    }
    return typeof a.pipeline === 'string' ? { pipeline: a.pipeline } : {};
  },
  describe: (a) => `convert into a deal${a.pipeline ? ` in ${a.pipeline}` : ''}`,
  command: (a) => (a.pipeline ? { pipeline: a.pipeline } : {}),
  timeline: (c) => ({
    kind: 'convert',
    text: `into a deal${c.pipeline ? ` in ${c.pipeline}` : ''}`,
  }),
  simulate: () => 'lead_converted',
  // The rules hear the lead converted whether or not this run made the deal.
  async carryOut(c, run) {
    const converted = await run.effects.convertLead({
      ...run.target(c.key),
      ...(c.pipeline ? { pipeline: c.pipeline } : {}),
    });
    if (converted.dealId) run.note(`deal ${converted.dealId}`);
    return 'lead_converted';
  },
});
