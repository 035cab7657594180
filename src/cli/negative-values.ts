/**
 * `--ocpus -1` read as `--ocpus=-1`. Node's parseArgs refuses a value that starts with a dash
 * ("argument is ambiguous"), so a negative number would never reach the check that says what is
 * wrong with it ("expected a number above 0"). Only a flag that takes a value, followed by
 * something shaped like a negative number, is joined; `--` ends the flags.
 */
export function attachNegativeNumbers(argv: readonly string[], flagsWithValues: ReadonlySet<string>): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') return [...joined, ...argv.slice(index)];
    const next = argv[index + 1];
    if (next !== undefined && /^-(\d|\.\d)/.test(next) && arg.startsWith('--') && flagsWithValues.has(arg.slice(2))) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}
