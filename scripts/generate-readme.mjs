// Writes the README's inputs and outputs tables from action.yml, the single source of their docs.
// Part of `npm run build`, so CI's check that the build changes nothing also catches a stale README.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const inputs = Object.entries(action.inputs).map(
  ([name, input]) => `| \`${name}\` | ${cell(input.description)} | ${input.default === '' || input.default === undefined ? '' : `\`${cell(input.default)}\``} |`,
);
const outputs = Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
const block = [
  '<!-- action-docs:start (generated from action.yml by scripts/generate-readme.mjs) -->',
  '| input | description | default |',
  '| --- | --- | --- |',
  ...inputs,
  '',
  '| output | description |',
  '| --- | --- |',
  ...outputs,
  '<!-- action-docs:end -->',
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- action-docs:start[\s\S]*?<!-- action-docs:end -->/, block);
if (!updated.includes('action-docs:start')) throw new Error('README.md has no <!-- action-docs:start --> ... <!-- action-docs:end --> block');
writeFileSync('README.md', updated);
