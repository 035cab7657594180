import * as core from '@actions/core';
import { SECRET_VARIABLES, secretsOf } from '../sources/redaction.js';

/**
 * Registers every credential with the runner before anything can print it. The runner masks a
 * multi-line value only line by line, so each line of a PEM key is registered too; the parts of
 * a value that are secrets alone (a connection string's AccountKey, a SAS's sig) are registered too.
 */
export function maskCredentials(env: Record<string, string | undefined>): void {
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (value) maskSecret(value);
  }
  for (const secret of secretsOf({ env })) core.setSecret(secret);
}

/** One secret, and each line of it (a PEM key's), registered with the runner. */
export function maskSecret(value: string): void {
  core.setSecret(value);
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().length >= 8 && !/^-----(BEGIN|END) /.test(line.trim())) core.setSecret(line.trim());
  }
}
