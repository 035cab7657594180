import { describe, expect, it } from '@jest/globals';
import { redactedOutput } from '../../src/cli/redacted-output.js';

describe("the CLI's output", () => {
  it('masks the credentials of its environment and every secret a backend reports, on both streams', () => {
    const written: string[] = [];
    const told: string[] = [];
    const io = redactedOutput({
      stdout: { write: (text: string) => written.push(`out ${text}`) },
      stderr: { write: (text: string) => written.push(`err ${text}`) },
      env: { OCI_CLI_PASSPHRASE: 'passphrase-1234', HARMLESS: 'plain-value' },
      onSecret: (value) => told.push(value),
    });
    io.onSecret!('par-token-abcdef');
    io.stdout.write('a passphrase-1234 b plain-value\n');
    io.stderr.write('[nb.ipynb] par-token-abcdef leaked\n');
    expect(written).toEqual(['out a *** b plain-value\n', 'err [nb.ipynb] *** leaked\n']);
    expect(told).toEqual(['par-token-abcdef']);
  });
});
