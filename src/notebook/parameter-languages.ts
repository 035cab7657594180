import { WholeFloat } from './parameter-values.js';

/**
 * Parameters written in a kernel's own language, with papermill's translators' syntax (its
 * translators.py) for None, booleans, lists, maps, comments and assignments. Strings are written
 * so that the kernel reads back exactly the text given: papermill escapes every language as
 * Python does (`é` as `\xe9`), which only Python reads as meant.
 */
export interface ParameterLanguage {
  /** The papermill translator's name (a kernel name or a language). */
  name: string;
  comment(text: string): string;
  assign(name: string, literal: string): string;
  none(): string;
  bool(value: boolean): string;
  int(decimal: string, value: bigint): string;
  /** A finite float, written as Python writes it (`1.0`, `1e+16`), or a non-finite one in the language's words. */
  float(value: number): string;
  str(text: string): string;
  list(items: string[]): string;
  /** Keys as given (text), values already written. */
  dict(entries: Array<[key: string, literal: string]>): string;
}

/** The value cannot be written in the kernel's language (papermill refuses the same ones). */
export class ParameterTranslationError extends Error {}

const refuse = (message: string) => (): never => {
  throw new ParameterTranslationError(message);
};

const hashComment = (text: string) => `# ${text}`.trim();
/** JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) mean the same in Python, R, Julia, Scala, C# and F# strings. */
const quoted = (text: string) => JSON.stringify(text);
const rawFloat = (nan: string, infinity: string, negativeInfinity: string) => (value: number) =>
  Number.isNaN(value) ? nan : value === Infinity ? infinity : value === -Infinity ? negativeInfinity : pythonFloatRepr(value);
/** Scala, C# and F#: integers beyond 32 bits are longs (papermill's rule). */
const longSuffix = (decimal: string, value: bigint) => (value > 2147483647n || value < -2147483648n ? `${decimal}L` : decimal);

const PYTHON: ParameterLanguage = {
  name: 'python',
  comment: hashComment,
  assign: (name, literal) => `${name} = ${literal}`,
  none: () => 'None',
  bool: (value) => (value ? 'True' : 'False'),
  int: (decimal) => decimal,
  float: rawFloat("float('nan')", "float('inf')", "float('-inf')"),
  str: quoted,
  list: (items) => `[${items.join(', ')}]`,
  dict: (entries) => `{${entries.map(([key, value]) => `${quoted(key)}: ${value}`).join(', ')}}`,
};

const R: ParameterLanguage = {
  name: 'R',
  comment: hashComment,
  // A leading _ is not allowed in R names; papermill drops it.
  assign: (name, literal) => `${name.replace(/^_+/, '')} = ${literal}`,
  none: () => 'NULL',
  bool: (value) => (value ? 'TRUE' : 'FALSE'),
  int: (decimal) => decimal,
  float: rawFloat('NaN', 'Inf', '-Inf'),
  str: quoted,
  list: (items) => `list(${items.join(', ')})`,
  dict: (entries) => `list(${entries.map(([key, value]) => `${quoted(key)} = ${value}`).join(', ')})`,
};

const SCALA: ParameterLanguage = {
  name: 'scala',
  comment: (text) => `// ${text}`.trim(),
  assign: (name, literal) => `val ${name} = ${literal}`,
  none: () => 'None',
  bool: (value) => String(value),
  int: longSuffix,
  float: rawFloat('Double.NaN', 'Double.PositiveInfinity', 'Double.NegativeInfinity'),
  str: quoted,
  list: (items) => `Seq(${items.join(', ')})`,
  dict: (entries) => `Map(${entries.map(([key, value]) => `${quoted(key)} -> ${value}`).join(', ')})`,
};

const JULIA: ParameterLanguage = {
  name: 'julia',
  comment: hashComment,
  assign: (name, literal) => `${name} = ${literal}`,
  none: () => 'nothing',
  bool: (value) => String(value),
  int: (decimal) => decimal,
  float: rawFloat('NaN', 'Inf', '-Inf'),
  str: (text) => quoted(text).replace(/\$/g, '\\$'), // `$` interpolates in Julia strings
  list: (items) => `[${items.join(', ')}]`,
  dict: (entries) => `Dict(${entries.map(([key, value]) => `${JULIA.str(key)} => ${value}`).join(', ')})`,
};

const MATLAB: ParameterLanguage = {
  name: 'matlab',
  comment: (text) => `% ${text}`.trim(),
  assign: (name, literal) => `${name} = ${literal};`,
  none: () => 'NaN',
  bool: (value) => String(value),
  int: (decimal) => decimal,
  float: rawFloat('NaN', 'Inf', '-Inf'),
  str: matlabString,
  list: (items) => `{${items.join(', ')}}`,
  // Keys as char arrays, as papermill writes them.
  dict: (entries) =>
    `containers.Map({${entries.map(([key]) => `'${key.replace(/'/g, "''")}'`).join(', ')}}, {${entries.map(([, value]) => value).join(', ')}})`,
};

const CSHARP: ParameterLanguage = {
  name: '.net-csharp',
  comment: (text) => `// ${text}`.trim(),
  assign: (name, literal) => `var ${name} = ${literal};`,
  none: refuse('C# has no untyped null to give a parameter (papermill refuses it too); leave the parameter out instead'),
  bool: (value) => String(value),
  int: longSuffix,
  float: rawFloat('double.NaN', 'double.PositiveInfinity', 'double.NegativeInfinity'),
  str: quoted,
  list: (items) => `new [] { ${items.join(', ')} }`,
  dict: (entries) => `new Dictionary<string,Object>{ ${entries.map(([key, value]) => `{ ${quoted(key)} , ${value} }`).join(', ')} }`,
};

const FSHARP: ParameterLanguage = {
  name: '.net-fsharp',
  comment: (text) => `(* ${text} *)`.trim(),
  assign: (name, literal) => `let ${name} = ${literal}`,
  none: () => 'None',
  bool: (value) => String(value),
  int: longSuffix,
  float: rawFloat('nan', 'infinity', '-infinity'),
  str: quoted,
  list: (items) => `[ ${items.join('; ')} ]`,
  dict: (entries) => `[ ${entries.map(([key, value]) => `(${quoted(key)}, ${value} :> IComparable)`).join('; ')} ] |> Map.ofList`,
};

const POWERSHELL: ParameterLanguage = {
  name: '.net-powershell',
  comment: hashComment,
  assign: (name, literal) => `$${name} = ${literal}`,
  none: () => '$Null',
  bool: (value) => (value ? '$True' : '$False'),
  int: (decimal) => decimal,
  float: rawFloat('[double]::NaN', '[double]::PositiveInfinity', '[double]::NegativeInfinity'),
  // Single-quoted: no escapes, no `$` expansion; PowerShell also takes the typographic single quotes as quotes.
  str: (text) => `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`,
  list: (items) => `@(${items.join(', ')})`,
  dict: (entries) => `@{${entries.map(([key, value]) => `${POWERSHELL.str(key)} = ${value}`).join('\n ')}}`,
};

const BASH: ParameterLanguage = {
  name: 'bash',
  comment: hashComment,
  assign: (name, literal) => `${name}=${literal}`,
  none: () => '',
  bool: (value) => String(value),
  int: (decimal) => decimal,
  float: rawFloat('nan', 'inf', '-inf'),
  str: shellQuote,
  list: (items) => `(${items.join(' ')})`,
  dict: refuse('bash has no maps to give a parameter (papermill refuses them too)'),
};

/** papermill's registry: a kernel name first, then the notebook's language. */
export const PARAMETER_LANGUAGES: Readonly<Record<string, ParameterLanguage>> = {
  python: PYTHON,
  R,
  scala: SCALA,
  julia: JULIA,
  matlab: MATLAB,
  '.net-csharp': CSHARP,
  '.net-fsharp': FSHARP,
  '.net-powershell': POWERSHELL,
  pysparkkernel: PYTHON,
  sparkkernel: SCALA,
  sparkrkernel: R,
  bash: BASH,
};

/** One value as source in `language`; throws ParameterTranslationError for what it cannot write. */
export function literal(language: ParameterLanguage, value: unknown): string {
  if (value === null || value === undefined) return language.none();
  if (typeof value === 'boolean') return language.bool(value);
  if (typeof value === 'string') return language.str(value);
  if (typeof value === 'bigint') return language.int(value.toString(), value);
  if (value instanceof WholeFloat) return language.float(value.value);
  if (typeof value === 'number') {
    return Number.isInteger(value) && !Object.is(value, -0) ? language.int(BigInt(value).toString(), BigInt(value)) : language.float(value);
  }
  if (Array.isArray(value)) return language.list(value.map((item) => literal(language, item)));
  if (value instanceof Date) return language.str(value.toISOString());
  if (typeof value === 'object') {
    return language.dict(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, literal(language, item)]));
  }
  throw new ParameterTranslationError(`cannot write a ${typeof value} as a parameter`);
}

/** The injected cell's source, one line a parameter: papermill's `codify`. */
export function codify(language: ParameterLanguage, parameters: Record<string, unknown>): string[] {
  return [
    `${language.comment('Parameters')}\n`,
    ...Object.entries(parameters).map(([name, value]) => `${language.assign(name, literal(language, value))}\n`),
  ];
}

/** Python's repr() of a finite float: the shortest digits that read back the same, fixed from 1e-4 to 1e16. */
export function pythonFloatRepr(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const sign = value < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const significand = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${significand}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
}

/** A MATLAB string: `"` doubled; control characters, which a literal cannot hold, joined in as char(N). */
function matlabString(text: string): string {
  const parts = text.split(/([\u0000-\u001f\u007f])/);
  const pieces = parts
    .map((part, index) => (index % 2 === 1 ? `char(${part.charCodeAt(0)})` : part ? `"${part.replace(/"/g, '""')}"` : ''))
    .filter(Boolean);
  return pieces.length === 0 ? '""' : pieces[0]!.startsWith('char(') ? `"" + ${pieces.join(' + ')}` : pieces.join(' + ');
}

/** Python's shlex.quote, which papermill's bash translator uses. */
function shellQuote(text: string): string {
  if (text === '') return "''";
  if (!/[^\w@%+=:,./-]/.test(text)) return text;
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}
