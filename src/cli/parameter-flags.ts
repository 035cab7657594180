import { parseParameterMap, readParameterFile } from '../engine/input-values.js';
import { isPythonIdentifier } from '../notebook/parameters.js';
import { resolveFlagValue, type ParameterValue } from '../notebook/parameter-values.js';
import { UsageError } from './usage-error.js';

/** `-p NAME VALUE` (also `--parameter NAME VALUE`), as papermill's `-p`. */
const PAIR_FLAGS = ['-p', '--parameter'];

export interface ParameterFlags {
  /** The arguments without the `-p NAME VALUE` triples, for parseArgs. */
  rest: string[];
  pairs: Array<[name: string, value: string]>;
}

/**
 * Takes out every `-p NAME VALUE`: it has two arguments, which parseArgs cannot read. The value
 * is taken as it stands even when it starts with a dash (`-p shift -0.5`), as papermill takes it.
 * `takesValue` says which other flags have a value of their own, which is never scanned.
 */
export function takeParameterPairs(argv: string[], takesValue: (flag: string) => boolean): ParameterFlags {
  const rest: string[] = [];
  const pairs: ParameterFlags['pairs'] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (PAIR_FLAGS.includes(arg)) {
      const [name, value] = [argv[i + 1], argv[i + 2]];
      if (name === undefined || value === undefined) throw new UsageError(`${arg}: expected a name and a value, as in ${arg} alpha 0.5`);
      if (!isPythonIdentifier(name)) throw new UsageError(`${arg}: "${name}" is not a variable name (letters, digits, _; not starting with a digit)`);
      pairs.push([name, value]);
      i += 2;
      continue;
    }
    rest.push(arg);
    if (takesValue(arg) && i + 1 < argv.length) rest.push(argv[++i]!);
  }
  return { rest, pairs };
}

/**
 * The parameters of a run, merged as papermill merges them: the file's, then the map's, then
 * each `-p` (read as papermill reads it: `True`, `None`, `3`, `0.5`, else text), later ones winning.
 */
export async function parametersFromFlags(file: string | undefined, map: string | undefined, pairs: ParameterFlags['pairs']): Promise<Record<string, ParameterValue>> {
  const parameters: Record<string, ParameterValue> = {};
  const merge = (values: Record<string, ParameterValue>) => {
    for (const [name, value] of Object.entries(values)) Object.defineProperty(parameters, name, { value, enumerable: true, writable: true, configurable: true });
  };
  if (file !== undefined) {
    if (!file.trim()) throw new UsageError('--parameters-file: expected the path of a YAML or JSON file, got an empty value.');
    merge(await readParameterFile(file, '--parameters-file'));
  }
  merge(await parseParameterMap(map, '--parameters'));
  merge(Object.fromEntries(pairs.map(([name, value]) => [name, resolveFlagValue(value)])));
  return parameters;
}
