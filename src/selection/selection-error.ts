/** Selection cannot proceed: says what was missing or wrong and what the user can change. */
export class SelectionError extends Error {
  override name = 'SelectionError';
}
