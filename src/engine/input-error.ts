/**
 * A value a front door could not read, named as its user wrote it (`--env`, `env`, `noteBook`).
 * Front doors share these parsers so the same input means the same thing everywhere.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
  }
}
