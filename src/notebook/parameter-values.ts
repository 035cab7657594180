/**
 * Parameter values as papermill's loaders give them to its translators: null, booleans, strings,
 * integers, floats, lists and maps. A JavaScript number cannot say whether `1.0` was a float, nor
 * hold 2^53 + 1, so:
 * - integers are numbers, or bigints beyond Number.MAX_SAFE_INTEGER (exact at any size);
 * - floats are numbers, except a float whose value is whole (`1.0`, `1e3` read as a float), which
 *   is a WholeFloat, so that it is written `1.0` and the notebook gets a float.
 * A plain number that is whole (from JSON.parse, or code) is an integer.
 */
export class WholeFloat {
  constructor(readonly value: number) {}

  /** As JSON (debug output, reports), the number. */
  toJSON(): number {
    return this.value;
  }
}

export type ParameterValue = null | boolean | string | number | bigint | WholeFloat | ParameterValue[] | { [name: string]: ParameterValue };

/** An integer from its decimal text (sign and digits only), exact at any size. */
export function integerFrom(digits: string): number | bigint {
  const value = BigInt(digits);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** A float, kept a float even when its value is whole. */
export function floatFrom(value: number): number | WholeFloat {
  return Number.isInteger(value) || Object.is(value, -0) ? new WholeFloat(value) : value;
}

// What Python's int() and float() accept (PEP 515 underscores between digits included), which
// papermill's `-p NAME VALUE` tries in turn.
const DIGITS = '\\d(?:_?\\d)*';
const PYTHON_INT = new RegExp(`^[+-]?${DIGITS}$`);
const PYTHON_FLOAT = new RegExp(`^[+-]?(?:${DIGITS}\\.(?:${DIGITS})?|\\.${DIGITS}|${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const PYTHON_FLOAT_WORDS = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * A `-p NAME VALUE` value as papermill reads it: `True`, `False` and `None` as such, then
 * whatever Python's int() takes as an integer, then whatever float() takes as a float, else the
 * text itself.
 */
export function resolveFlagValue(text: string): ParameterValue {
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (text === 'None') return null;
  const trimmed = text.trim();
  if (PYTHON_INT.test(trimmed)) return integerFrom(trimmed.replace(/_/g, '').replace(/^\+/, ''));
  if (PYTHON_FLOAT.test(trimmed)) return floatFrom(Number(trimmed.replace(/_/g, '')));
  const word = PYTHON_FLOAT_WORDS.exec(trimmed);
  if (word) return word[2]!.toLowerCase() === 'nan' ? NaN : word[1] === '-' ? -Infinity : Infinity;
  return text;
}
