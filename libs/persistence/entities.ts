import { RuleSetVersion } from '../rules/publishing/rule-set-version.entity';
import { SmokePing } from '../smoke/smoke-ping.entity';

/**
 * Every entity of the schema. The ORM, the migration generator and the
 * schema-drift test read this one list.
 */
export const ALL_ENTITIES = [SmokePing, RuleSetVersion];
