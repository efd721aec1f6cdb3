import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Checked, type RuleProblem } from '../api/rules';
import {
  applyChange,
  didYouMean,
  problemPosition,
  problemRange,
  suggestedFix,
} from '../lib/problem-position';
import { type Diagnostic, YamlEditor } from './yaml-editor';

export const RULES_FILE = 'rules.yaml';

/**
 * The rules.yaml of a version in the editor, with the checker's verdict on the text as last
 * checked: each problem marked at its line and column, listed below with its "did you mean" fix.
 */
export function RulesEditor({
  name,
  text,
  onChange,
  checkedText,
  checked,
  checking,
  checkError,
}: {
  name: string;
  text: string;
  onChange: (text: string) => void;
  /** The text `checked` is about (the debounced one). */
  checkedText: string;
  checked: Checked | undefined;
  checking: boolean;
  checkError: Error | null;
}) {
  const { t } = useTranslation();
  const problems = useMemo(
    () =>
      checked
        ? [...checked.problems, ...checked.warnings].filter((p) => p.file === RULES_FILE)
        : [],
    [checked],
  );
  const others = checked
    ? [...checked.problems, ...checked.warnings].filter((p) => p.file !== RULES_FILE)
    : [];
  const diagnostics = useMemo((): Diagnostic[] | undefined => {
    // Marks are placed on the text they were found in; while one types on, the editor maps them.
    if (checkedText !== text) return undefined;
    return problems.map((problem) => {
      const { from, to } = problemRange(text, problem);
      const fix = suggestedFix(text, problem);
      const suggestion = didYouMean(problem.message);
      return {
        from,
        to,
        severity: problem.severity,
        message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
        actions:
          fix && suggestion
            ? [
                {
                  name: t('rules.editor.fix', { name: suggestion }),
                  apply: (view) =>
                    view.dispatch({
                      changes: { from: fix.from, to: fix.to, insert: fix.insert },
                    }),
                },
              ]
            : [],
      };
    });
  }, [problems, text, checkedText, t]);

  const errors = checked?.problems.length ?? 0;
  const warnings = checked?.warnings.length ?? 0;
  return (
    <Stack gap="sm">
      <YamlEditor
        value={text}
        onChange={onChange}
        diagnostics={diagnostics}
        label={t('rules.editor.label', { name })}
      />
      <Group gap="sm" role="status" aria-live="polite">
        {checking || checkedText !== text ? (
          <Text size="sm">{t('rules.editor.checking')}</Text>
        ) : checkError ? (
          <Text size="sm">{t('rules.editor.failed', { message: checkError.message })}</Text>
        ) : errors + warnings === 0 ? (
          <Text size="sm">{t('rules.editor.valid')}</Text>
        ) : (
          <Text size="sm">{t('rules.editor.count', { errors, warnings })}</Text>
        )}
      </Group>
      {(problems.length > 0 || others.length > 0) && (
        <section aria-label={t('rules.editor.problems')}>
          <List spacing="xs" listStyleType="none" ml={0} pl={0}>
            {[...problems, ...others].map((problem, i) => (
              <ProblemItem
                key={`${i}-${problem.path}-${problem.message}`}
                problem={problem}
                text={checkedText}
                onFix={checkedText === text ? onChange : undefined}
              />
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}

function ProblemItem({
  problem,
  text,
  onFix,
}: {
  problem: RuleProblem;
  text: string;
  onFix?: (text: string) => void;
}) {
  const { t } = useTranslation();
  const inRules = problem.file === RULES_FILE;
  const position = inRules ? problemPosition(text, problem) : problem;
  const suggestion = didYouMean(problem.message);
  const fix = inRules ? suggestedFix(text, problem) : undefined;
  return (
    <List.Item>
      <Alert
        variant="light"
        color={problem.severity === 'error' ? 'red' : 'yellow'}
        p="xs"
        data-line={position.line}
      >
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge
            color={problem.severity === 'error' ? 'red.9' : 'dark.6'}
            variant="filled"
            style={{ flexShrink: 0 }}
          >
            {t(`rules.editor.${problem.severity}`)}
          </Badge>
          <Text size="sm">
            <Text span fw={600}>
              {inRules ? '' : `${problem.file} · `}
              {t('rules.editor.at', { line: position.line, column: position.column })}
            </Text>
            {problem.path ? ` · ${problem.path}` : ''}: {problem.message}
          </Text>
          {fix && suggestion && onFix && (
            <Button
              size="compact-xs"
              variant="white"
              style={{ flexShrink: 0 }}
              aria-label={t('rules.editor.fixLabel', { line: position.line, name: suggestion })}
              onClick={() => onFix(applyChange(text, fix))}
            >
              {t('rules.editor.fix', { name: suggestion })}
            </Button>
          )}
        </Group>
      </Alert>
    </List.Item>
  );
}
