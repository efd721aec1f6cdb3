import {
  applyChange,
  didYouMean,
  offsetOf,
  parsePath,
  positionOfPath,
  problemPosition,
  problemRange,
  suggestedFix,
  type LocatedProblem,
} from './problem-position';

const RULES = [
  'kind: pipeline', // 1
  'id: b2b', // 2
  'version: 3', // 3
  'stages:', // 4
  '  - id: new', // 5
  '    on_enter:', // 6
  "      - create_activity: { type: call, subject: 'Call {{deal.title}}', due: 4h }", // 7
  '    transitions:', // 8
  '      - to: qualifcation', // 9
  '        on: { activity_completed: { type: call } }', // 10
  '      - to: lost', // 11
  '        after: 14d', // 12
  '  - id: qualification', // 13
  '    on_entr: []', // 14
  '  - { id: lost, kind: lost }', // 15
  '',
].join('\n');

const problem = (p: Partial<LocatedProblem>): LocatedProblem => ({
  severity: 'error',
  file: 'rules.yaml',
  path: '',
  message: '',
  ...p,
});

describe('parsePath', () => {
  it('reads the checker’s paths', () => {
    expect(parsePath('stages[2].transitions[0].to')).toEqual(['stages', 2, 'transitions', 0, 'to']);
    expect(parsePath('id')).toEqual(['id']);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('stages[0].on_enter[0].create_activity.due')).toEqual([
      'stages',
      0,
      'on_enter',
      0,
      'create_activity',
      'due',
    ]);
  });
});

describe('positionOfPath', () => {
  it('finds a value, in block and flow style', () => {
    expect(positionOfPath(RULES, 'stages[0].transitions[0].to')).toEqual({ line: 9, column: 13 });
    expect(positionOfPath(RULES, 'stages[0].transitions[1].after')).toEqual({
      line: 12,
      column: 16,
    });
    expect(positionOfPath(RULES, 'stages[0].on_enter[0].create_activity.due')).toEqual({
      line: 7,
      column: 77,
    });
    expect(positionOfPath(RULES, 'stages[2].kind')).toEqual({ line: 15, column: 23 });
  });

  it('finds a key, for an unknown key', () => {
    expect(positionOfPath(RULES, 'stages[1].on_entr', { atKey: true })).toEqual({
      line: 14,
      column: 5,
    });
  });

  it('falls back to the nearest written ancestor', () => {
    expect(positionOfPath(RULES, 'stages[1].follow_up[0].every')).toEqual({ line: 13, column: 5 });
    expect(positionOfPath(RULES, 'stages[9]')).toEqual({ line: 5, column: 3 });
    expect(positionOfPath(RULES, '')).toEqual({ line: 1, column: 1 });
  });

  it('points at the key of an empty value', () => {
    expect(positionOfPath('stages:\n  - id: a\n    to:\n', 'stages[0].to')).toEqual({
      line: 3,
      column: 5,
    });
  });

  it('answers the start when nothing of the path is written', () => {
    expect(positionOfPath('a: [\n', 'stages[0]')).toEqual({ line: 1, column: 1 });
    expect(positionOfPath('', 'stages[0]')).toEqual({ line: 1, column: 1 });
  });
});

describe('problemPosition', () => {
  it('keeps the checker’s line and column', () => {
    expect(problemPosition(RULES, problem({ line: 3, column: 2, path: 'id' }))).toEqual({
      line: 3,
      column: 2,
    });
  });

  it('maps the path when the checker gives no line', () => {
    expect(problemPosition(RULES, problem({ path: 'stages[0].transitions[0].to' }))).toEqual({
      line: 9,
      column: 13,
    });
    expect(
      problemPosition(
        RULES,
        problem({ path: 'stages[1].on_entr', message: 'unknown key "on_entr" in a stage' }),
      ),
    ).toEqual({ line: 14, column: 5 });
  });
});

describe('offsetOf and problemRange', () => {
  it('turns lines and columns into offsets, kept on their line', () => {
    expect(offsetOf('ab\ncd\n', { line: 2, column: 2 })).toBe(4);
    expect(offsetOf('ab\ncd\n', { line: 1, column: 40 })).toBe(2);
    expect(offsetOf('ab', { line: 9, column: 1 })).toBe(2);
  });

  it('marks the word at the problem', () => {
    const p = problem({ line: 9, column: 13 });
    const { from, to } = problemRange(RULES, p);
    expect(RULES.slice(from, to)).toBe('qualifcation');
  });

  it('marks inside quotes, and the rest of the line where no word starts', () => {
    expect(problemRange('a: "x y"', problem({ line: 1, column: 4 }))).toEqual({ from: 4, to: 5 });
    const flow = problemRange(RULES, problem({ line: 10, column: 13 }));
    expect(RULES.slice(flow.from, flow.to)).toBe('{ activity_completed: { type: call } }');
  });
});

describe('did you mean', () => {
  it('reads the suggestion', () => {
    expect(
      didYouMean('stage "qualifcation" does not exist (did you mean "qualification"?) (the …)'),
    ).toBe('qualification');
    expect(didYouMean('the file is empty')).toBeUndefined();
  });

  it('replaces the misspelt stage', () => {
    const p = problem({
      line: 9,
      column: 13,
      path: 'stages[0].transitions[0].to',
      message:
        'stage "qualifcation" does not exist (did you mean "qualification"?) (the stages are: new, qualification, lost)',
    });
    const fix = suggestedFix(RULES, p)!;
    expect(applyChange(RULES, fix).split('\n')[8]).toBe('      - to: qualification');
  });

  it('replaces an unknown key, found from the path alone', () => {
    const p = problem({
      path: 'stages[1].on_entr',
      message:
        'unknown key "on_entr" in a stage (did you mean "on_enter"?); allowed here: id, name, on_enter',
    });
    expect(applyChange(RULES, suggestedFix(RULES, p)!).split('\n')[13]).toBe('    on_enter: []');
  });

  it('replaces the word at the position when the message quotes none', () => {
    const text = 'a:\n  type: cal\n';
    const p = problem({
      line: 2,
      column: 9,
      message: 'the activity type is one of: call, email (did you mean "call"?)',
    });
    expect(applyChange(text, suggestedFix(text, p)!)).toBe('a:\n  type: call\n');
  });

  it('replaces only a whole word', () => {
    const text = 'on: { quote_sentx: {} }';
    const p = problem({
      line: 1,
      column: 5,
      message: 'unknown event "quote_sentx" (did you mean "quote_sent"?)',
    });
    expect(applyChange(text, suggestedFix(text, p)!)).toBe('on: { quote_sent: {} }');
    expect(
      suggestedFix(
        'on: quote_sentxy',
        problem({ line: 1, column: 5, message: 'unknown event "quote_sentx" (did you mean "x"?)' }),
      ),
    ).toBeUndefined();
  });

  it('offers nothing without a suggestion', () => {
    expect(suggestedFix(RULES, problem({ line: 9, column: 13, message: 'bad' }))).toBeUndefined();
  });
});
