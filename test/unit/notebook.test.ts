import { describe, expect, it, jest } from '@jest/globals';
import { checkNotebook, NotebookFormatError, parseNotebook } from '../../src/notebook/notebook.js';
import { INJECTED_PARAMETERS_TAG, injectParameters, toPythonLiteral } from '../../src/notebook/parameters.js';
import { codeCell, markdownCell, notebookBytes, notebookOf } from '../support/notebooks.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseNotebook', () => {
  it('reads an nbformat 4 notebook', () => {
    const notebook = parseNotebook(notebookBytes(codeCell('1 + 1')), 'a.ipynb');
    expect(notebook.cells).toHaveLength(1);
  });

  it.each([
    ['not JSON', bytes('print("hello")'), /a\.ipynb: not a Jupyter notebook/],
    ['a JSON list', bytes('[1, 2]'), /expected an nbformat 4 JSON object/],
    ['nbformat 3', bytes('{"nbformat": 3, "worksheets": []}'), /nbformat 3 is not supported; expected nbformat 4/],
    ['no cells', bytes('{"nbformat": 4, "metadata": {}}'), /needs "cells" and "metadata"/],
    ['a bad cell', bytes('{"nbformat": 4, "metadata": {}, "cells": [{"cell_type": "python"}]}'), /cell 1 is not an nbformat 4 cell/],
  ])('refuses %s, naming the file', (_case, content, message) => {
    expect(() => parseNotebook(content, 'a.ipynb')).toThrow(NotebookFormatError);
    expect(() => parseNotebook(content, 'a.ipynb')).toThrow(message);
  });
});

describe('checkNotebook', () => {
  it('parses a buffer to check it once, and refuses a bad one every time', () => {
    const parse = jest.spyOn(JSON, 'parse');
    try {
      const good = notebookBytes(codeCell('1'));
      checkNotebook(good, 'good.ipynb');
      checkNotebook(good, 'good.ipynb');
      expect(parse).toHaveBeenCalledTimes(1);
      checkNotebook(notebookBytes(codeCell('1')), 'copy.ipynb');
      expect(parse).toHaveBeenCalledTimes(2);

      const bad = new TextEncoder().encode('{"nbformat": 3}');
      expect(() => checkNotebook(bad, 'old.ipynb')).toThrow(NotebookFormatError);
      expect(() => checkNotebook(bad, 'old.ipynb')).toThrow(/old\.ipynb: nbformat 3 is not supported/);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('injectParameters', () => {
  it('adds a cell tagged injected-parameters right after the parameters cell', () => {
    const notebook = notebookOf(markdownCell('# Title'), codeCell('alpha = 1', ['parameters']), codeCell('print(alpha)'));
    const injected = injectParameters(notebook, { alpha: 0.5, name: 'x' });
    expect(injected.cells.map((cell) => cell.metadata.tags ?? [])).toEqual([[], ['parameters'], [INJECTED_PARAMETERS_TAG], []]);
    expect(injected.cells[2]!.source).toEqual(['# Parameters\n', 'alpha = 0.5\n', 'name = "x"\n']);
    expect(injected.cells[2]!.id).toMatch(/^[0-9a-f]{8}$/);
  });

  it('puts the cell first when no cell is tagged parameters, as papermill does', () => {
    const injected = injectParameters(notebookOf(codeCell('print(1)')), { a: 1 });
    expect(injected.cells[0]!.metadata.tags).toEqual([INJECTED_PARAMETERS_TAG]);
  });

  it('replaces parameters injected earlier', () => {
    const once = injectParameters(notebookOf(codeCell('a = 0', ['parameters'])), { a: 1 });
    const twice = injectParameters(once, { a: 2 });
    expect(twice.cells).toHaveLength(2);
    expect(twice.cells[1]!.source).toEqual(['# Parameters\n', 'a = 2\n']);
  });

  it('leaves the notebook alone without parameters', () => {
    const notebook = notebookOf(codeCell('a = 0'));
    expect(injectParameters(notebook, {})).toBe(notebook);
  });
});

describe('toPythonLiteral', () => {
  it.each([
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    [3, '3'],
    [-2.5, '-2.5'],
    ["it's \"q\"\n", '"it\'s \\"q\\"\\n"'],
    [[1, 'a', null], '[1, "a", None]'],
    [{ k: [true], 'odd key': 1 }, '{"k": [True], "odd key": 1}'],
  ])('writes %j as %s', (value, literal) => {
    expect(toPythonLiteral(value)).toBe(literal);
  });
});
