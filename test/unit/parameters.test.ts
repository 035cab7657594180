import { describe, expect, it } from '@jest/globals';
import { InputError, parseParameterMap } from '../../src/engine/input-values.js';
import { RunRequestError } from '../../src/engine/run-request-error.js';
import { validateRunRequest } from '../../src/engine/validate-run-request.js';
import type { Notebook } from '../../src/notebook/notebook.js';
import { literal, PARAMETER_LANGUAGES, pythonFloatRepr } from '../../src/notebook/parameter-languages.js';
import { resolveFlagValue, WholeFloat } from '../../src/notebook/parameter-values.js';
import { injectParameters, parameterLanguage, parameterWarnings, toPythonLiteral } from '../../src/notebook/parameters.js';
import { codeCell, notebookOf } from '../support/notebooks.js';
import { aRequest } from '../support/requests.js';

/** Parameters text as the injected Python cell's lines, the way papermill writes them. */
async function injected(text: string): Promise<string[]> {
  const notebook = injectParameters(notebookOf(codeCell('x = 0', ['parameters'])), await parseParameterMap(text, 'parameters'));
  return (notebook.cells[1]!.source as string[]).slice(1).map((line) => line.trimEnd());
}

function kernelNotebook(kernelspec: Record<string, string>, languageInfo?: string): Notebook {
  const notebook = notebookOf(codeCell('x = 1', ['parameters']));
  notebook.metadata = { kernelspec, ...(languageInfo ? { language_info: { name: languageInfo } } : {}) };
  return notebook;
}

describe('parameters as YAML, read as papermill reads them (PyYAML safe loader, YAML 1.1, dates as text)', () => {
  it.each([
    ['alpha: 1.0', 'alpha = 1.0'],
    ['values: [1, 2.0]', 'values = [1, 2.0]'],
    ['big: 123456789012345678901234567890', 'big = 123456789012345678901234567890'],
    ['negative: -9007199254740993', 'negative = -9007199254740993'],
    ['flag: yes', 'flag = True'],
    ['flag: No', 'flag = False'],
    ['flag: on', 'flag = True'],
    ['flag: OFF', 'flag = False'],
    ['letter: y', 'letter = "y"'],
    ['quoted: "yes"', 'quoted = "yes"'],
    ['octal: 010', 'octal = 8'],
    ['hex: 0x1F', 'hex = 31'],
    ['binary: 0b101', 'binary = 5'],
    ['grouped: 1_000', 'grouped = 1000'],
    ['minutes: 1:30', 'minutes = 90'],
    ['exponent: 1e3', 'exponent = "1e3"'],
    ['exponent: 1.0e+3', 'exponent = 1000.0'],
    ['small: 0.00001', 'small = 1e-05'],
    ['day: 2024-01-15', 'day = "2024-01-15"'],
    ['nothing: ~', 'nothing = None'],
    ['nothing: null', 'nothing = None'],
    ['nothing:', 'nothing = None'],
    ['infinite: -.inf', "infinite = float('-inf')"],
    ['missing: .NaN', "missing = float('nan')"],
    ['text: !!str 123', 'text = "123"'],
    ['real: !!float 1', 'real = 1.0'],
    ['nested: {a: [1.5, {b: yes}]}', 'nested = {"a": [1.5, {"b": True}]}'],
  ])('%s', async (text, line) => {
    expect(await injected(text)).toEqual([line]);
  });

  it('takes merge keys and aliases as PyYAML does: the keys given win over the merged ones', async () => {
    expect(await injected('base: &base {lr: 0.1, epochs: 3}\nrun:\n  <<: *base\n  epochs: 5')).toEqual([
      'base = {"lr": 0.1, "epochs": 3}',
      'run = {"lr": 0.1, "epochs": 5}',
    ]);
  });

  it('reads JSON as JSON: exponents are floats, 1.0 stays a float, big integers stay exact', async () => {
    expect(await injected('{"lr": 1e-3, "scale": 1.0, "seed": 12345678901234567890, "on": true, "none": null}')).toEqual([
      'lr = 0.001',
      'scale = 1.0',
      'seed = 12345678901234567890',
      'on = True',
      'none = None',
    ]);
  });

  it('reads nothing as no parameters, as papermill does', async () => {
    expect(await parseParameterMap('~', 'parameters')).toEqual({});
    expect(await parseParameterMap('  ', 'parameters')).toEqual({});
  });

  it.each([
    ['[1, 2]', /parameters: expected a JSON or YAML map such as \{"alpha": 0\.5\}, got "\[1, 2\]"/],
    ['a: [1', /parameters: expected a JSON or YAML map, could not parse it/],
    ['s: !!set {a, b}', /parameters: the YAML tag tag:yaml\.org,2002:set is not supported in parameters/],
    ['n: !!int abc', /parameters: "abc" is not a YAML integer/],
  ])('refuses %j, naming the input', async (text, message) => {
    await expect(parseParameterMap(text, 'parameters')).rejects.toThrow(InputError);
    await expect(parseParameterMap(text, 'parameters')).rejects.toThrow(message);
  });
});

describe('-p NAME VALUE, read as papermill\'s _resolve_type reads it', () => {
  it.each([
    ['True', true],
    ['False', false],
    ['None', null],
    ['true', 'true'],
    ['5', 5],
    [' 7 ', 7],
    ['1_000', 1000],
    ['-0.5', -0.5],
    ['1.0', new WholeFloat(1)],
    ['1e3', new WholeFloat(1000)],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['123456789012345678901234567890', 123456789012345678901234567890n],
    ['hello', 'hello'],
    ['0x10', '0x10'],
  ])('%j is %p', (text, value) => {
    expect(resolveFlagValue(text)).toEqual(value);
  });
});

describe('values in the kernel\'s language, as papermill\'s translators write them', () => {
  const write = (language: string, value: unknown) => literal(PARAMETER_LANGUAGES[language]!, value);

  it.each([
    ['python', [null, true, 12345, -5432.1, 'foo', ['foo'], { foo: 'bar' }, NaN, -Infinity], ['None', 'True', '12345', '-5432.1', '"foo"', '["foo"]', '{"foo": "bar"}', "float('nan')", "float('-inf')"]],
    ['R', [null, true, false, 12345, 'foo', ['foo', '"bar"'], { foo: { bar: 'baz' } }, Infinity], ['NULL', 'TRUE', 'FALSE', '12345', '"foo"', 'list("foo", "\\"bar\\"")', 'list("foo" = list("bar" = "baz"))', 'Inf']],
    ['scala', [null, true, 2147483648, -2147483649, 12345, ['foo'], { foo: ['bar'] }], ['None', 'true', '2147483648L', '-2147483649L', '12345', 'Seq("foo")', 'Map("foo" -> Seq("bar"))']],
    ['julia', [null, true, 1.2345, ['foo'], { foo: 'bar' }, 'costs $5'], ['nothing', 'true', '1.2345', '["foo"]', 'Dict("foo" => "bar")', '"costs \\$5"']],
    ['matlab', [null, true, 'foo', 'say "hi"', ['foo'], { foo: 'bar' }, 'a\nb'], ['NaN', 'true', '"foo"', '"say ""hi"""', '{"foo"}', "containers.Map({'foo'}, {\"bar\"})", '"a" + char(10) + "b"']],
    ['.net-csharp', [true, 2147483648, ['foo'], { foo: 'bar' }], ['true', '2147483648L', 'new [] { "foo" }', 'new Dictionary<string,Object>{ { "foo" , "bar" } }']],
    ['.net-fsharp', [null, true, 2147483648, ['foo', 'bar'], { foo: 'bar' }], ['None', 'true', '2147483648L', '[ "foo"; "bar" ]', '[ ("foo", "bar" :> IComparable) ] |> Map.ofList']],
    ['.net-powershell', [null, true, NaN, ['foo'], "it's $HOME", { foo: 'bar', n: 1 }], ['$Null', '$True', '[double]::NaN', "@('foo')", "'it''s $HOME'", "@{'foo' = 'bar'\n 'n' = 1}"]],
    ['bash', [null, true, 'foo', 'foo bar', "it's", ['foo', 'bar baz'], ''], ['', 'true', 'foo', "'foo bar'", `'it'"'"'s'`, "(foo 'bar baz')", "''"]],
  ])('%s', (language, values, literals) => {
    expect(values.map((value) => write(language, value))).toEqual(literals);
  });

  it('assigns and comments as each language does', () => {
    const cell = (notebook: Notebook) => injectParameters(notebook, { ___rate: 5, name: 'x' }).cells[1]!.source;
    expect(cell(kernelNotebook({ name: 'ir', language: 'R' }, 'R'))).toEqual(['# Parameters\n', 'rate = 5\n', 'name = "x"\n']);
    expect(cell(kernelNotebook({ name: '.net-csharp' }))).toEqual(['// Parameters\n', 'var ___rate = 5;\n', 'var name = "x";\n']);
    expect(cell(kernelNotebook({ name: 'matlab' }))).toEqual(['% Parameters\n', '___rate = 5;\n', 'name = "x";\n']);
    expect(cell(kernelNotebook({ name: '.net-fsharp' }))).toEqual(['(* Parameters *)\n', 'let ___rate = 5\n', 'let name = "x"\n']);
    expect(cell(kernelNotebook({ name: '.net-powershell' }))).toEqual(['# Parameters\n', '$___rate = 5\n', "$name = 'x'\n"]);
    expect(cell(kernelNotebook({ name: 'bash' }))).toEqual(['# Parameters\n', '___rate=5\n', 'name=x\n']);
  });

  it('writes strings that read back as typed, where papermill would write Python escapes (\\xe9) in every language', () => {
    expect(write('R', 'café\t"ok"\\')).toBe('"café\\t\\"ok\\"\\\\"');
    expect(toPythonLiteral('café\n')).toBe('"café\\n"');
  });

  it('writes floats as Python writes them, whole ones with .0', () => {
    const cases: Array<[number, string]> = [
      [1, '1.0'], [-0, '-0.0'], [0.1, '0.1'], [123.0, '123.0'], [0.0001, '0.0001'], [0.00001, '1e-05'],
      [1e15, '1000000000000000.0'], [1e16, '1e+16'], [1.5e300, '1.5e+300'], [5e-324, '5e-324'], [-2.5e-7, '-2.5e-07'],
    ];
    expect(cases.map(([value]) => pythonFloatRepr(value))).toEqual(cases.map(([, text]) => text));
    expect(toPythonLiteral(new WholeFloat(3))).toBe('3.0');
    expect(toPythonLiteral(3)).toBe('3');
  });
});

describe('which language', () => {
  it.each([
    [{ name: 'python3', language: 'python' }, undefined, 'python'],
    [{ name: 'ir', language: 'R' }, 'R', 'R'],
    [{ name: 'julia-1.10', language: 'julia' }, 'julia', 'julia'],
    [{ name: 'sparkkernel' }, undefined, 'scala'],
    [{ name: 'bash', language: 'bash' }, 'bash', 'bash'],
    [{}, undefined, 'python'],
  ])('kernelspec %j, language_info %s: %s', (kernelspec, languageInfo, language) => {
    expect(parameterLanguage(kernelNotebook(kernelspec as Record<string, string>, languageInfo)).name).toBe(language);
  });

  it('refuses, before anything runs, parameters for a kernel papermill cannot write them for, or values a language has no words for', () => {
    const content = (kernelspec: Record<string, string>) => new TextEncoder().encode(JSON.stringify(kernelNotebook(kernelspec)));
    const request = (kernelspec: Record<string, string>, parameters: Record<string, unknown>) =>
      aRequest({ notebook: { path: 'a.ipynb', content: content(kernelspec) }, parameters });
    expect(() => validateRunRequest(request({ name: 'ihaskell', language: 'haskell' }, { n: 1 }))).toThrow(RunRequestError);
    expect(() => validateRunRequest(request({ name: 'ihaskell', language: 'haskell' }, { n: 1 }))).toThrow(
      /^parameters: cannot write parameters for the kernel "ihaskell" \(language "haskell"\): papermill translates parameters only for python, R, scala/,
    );
    expect(() => validateRunRequest(request({ name: '.net-csharp' }, { n: null }))).toThrow(/^parameters: n: C# has no untyped null/);
    expect(() => validateRunRequest(request({ name: 'bash' }, { m: { a: 1 } }))).toThrow(/^parameters: m: bash has no maps/);
    expect(() => validateRunRequest(request({ name: 'ihaskell', language: 'haskell' }, {}))).not.toThrow();
  });
});

describe('warnings before a run', () => {
  it('names the parameters the parameters cell does not define', () => {
    const notebook = notebookOf(codeCell('alpha = 0.1  # learning rate\nepochs: int = 3\na, b = 1, 2\nconfig = dict(depth=2)', ['parameters']));
    expect(parameterWarnings(notebook, { alpha: 1, epochs: 2, b: 1, config: {}, depth: 3, alpah: 2 })).toEqual([
      'the "parameters" cell does not define depth, alpah; injected anyway, as papermill does (a typo?)',
    ]);
    expect(parameterWarnings(notebook, { alpha: 1 })).toEqual([]);
  });

  it('reads R, bash and Scala assignments too', () => {
    expect(parameterWarnings(kernelNotebookWith({ name: 'ir', language: 'R' }, 'rate <- 0.1\nn = 3'), { rate: 1, n: 2, m: 3 })).toEqual([
      'the "parameters" cell does not define m; injected anyway, as papermill does (a typo?)',
    ]);
    expect(parameterWarnings(kernelNotebookWith({ name: 'bash' }, 'export NAME=x\ncount=3'), { NAME: 'y', count: 1 })).toEqual([]);
    expect(parameterWarnings(kernelNotebookWith({ name: 'sparkkernel' }, 'val rate = 0.1'), { rate: 1 })).toEqual([]);
  });

  it('says when no cell is tagged parameters', () => {
    expect(parameterWarnings(notebookOf(codeCell('print(1)')), { a: 1 })).toEqual([
      'no cell is tagged "parameters", so the parameters go in a cell at the top, as papermill puts them',
    ]);
    expect(parameterWarnings(notebookOf(codeCell('print(1)')), {})).toEqual([]);
  });
});

function kernelNotebookWith(kernelspec: Record<string, string>, source: string): Notebook {
  const notebook = kernelNotebook(kernelspec);
  notebook.cells[0]!.source = source;
  return notebook;
}
