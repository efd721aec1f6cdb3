/** A rule set the interpreter cannot follow (a stage that is not there, a loop of moves). */
export class RulesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulesError';
  }
}
