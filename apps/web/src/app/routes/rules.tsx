export { RulesScreen as RulesRoute } from '@/features/rules/components/rules-screen';
export { RuleSetScreen as RuleSetRoute } from '@/features/rules/components/rule-set-screen';
export { VersionScreen as RuleVersionRoute } from '@/features/rules/components/version-screen';
