/** Bad input, found before any cloud call; `field` is the RunRequest field it came from. */
export class RunRequestError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }

  /** The same error in the words of a front door (`--compartment-id`, `compartment-id`, `compartmentId`). */
  renamed(inputName: (field: string) => string): RunRequestError {
    const renamed = new RunRequestError(inputName(this.field), this.problem);
    return Object.assign(renamed, { field: this.field });
  }
}
