import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { INPUT_OF_FIELD } from '../../src/action/inputs.js';
import { KEYLESS_INPUTS } from '../../src/action/keyless-inputs.js';
import { DEFAULT_OIDC_AUDIENCE } from '../../src/oci/keyless-credentials.js';

const document = parseDocument(readFileSync('action.yml', 'utf8'));
const action = document.toJS() as {
  runs: Record<string, string>;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
};

describe('action.yml', () => {
  it('is valid YAML', () => {
    expect(document.errors.map((error) => error.message)).toEqual([]);
  });

  it('runs the bundled main and post steps on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post/index.js', 'post-if': 'always()' });
  });

  it('documents every input in kebab-case, with its default', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.description.length).toBeGreaterThan(10);
      expect(input).toHaveProperty('default');
    }
  });

  it('declares every input the engine\'s errors can name', () => {
    for (const input of Object.values(INPUT_OF_FIELD)) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('declares the keyless inputs, the audience defaulting to the one OCI trusts expect', () => {
    for (const input of Object.values(KEYLESS_INPUTS)) expect(Object.keys(action.inputs)).toContain(input);
    expect(action.inputs['oidc-audience']!.default).toBe(DEFAULT_OIDC_AUDIENCE);
  });

  it('declares the outputs the action writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['artifact-id', 'artifact-name', 'failed', 'job-ids', 'output-paths', 'results', 'run-ids', 'succeeded']);
  });
});
