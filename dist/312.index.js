export const id = 312;
export const ids = [312];
export const modules = {

/***/ 7312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNotebooks: () => (/* binding */ runNotebooks)
/* harmony export */ });
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70370);
/* harmony import */ var _notebook_notebook_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86796);
/* harmony import */ var _notebook_parameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25705);
/* harmony import */ var _describe_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2566);
/* harmony import */ var _distinct_outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71491);





/**
 * Runs every request on the backend, at most `maxParallel` at a time. Every request is
 * validated before the first cloud call; a run that cannot be submitted does not stop the others.
 */
async function runNotebooks(requests, backend, options) {
    for (const request of requests)
        backend.validate(request);
    (0,_distinct_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDistinctOutputs */ .T)(requests);
    if (options.onWarning) {
        for (const request of requests) {
            if (Object.keys(request.parameters).length === 0)
                continue;
            const notebook = (0,_notebook_notebook_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNotebook */ .fJ)(request.notebook.content, request.notebook.path);
            for (const warning of (0,_notebook_parameters_js__WEBPACK_IMPORTED_MODULE_1__/* .parameterWarnings */ .jf)(notebook, request.parameters))
                options.onWarning(request.notebook.path, warning);
        }
    }
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(Math.max(1, options.maxParallel));
    return Promise.all(requests.map((request) => limit(() => runOne(request, backend, options))));
}
async function runOne(request, backend, options) {
    const notebook = request.notebook.path;
    let result;
    if (options.signal?.aborted) {
        result = { notebook, state: 'NOT_SUBMITTED', error: 'cancelled before it was submitted' };
    }
    else {
        let handle;
        try {
            handle = await backend.submit(request, options.signal);
            options.onSubmitted?.(handle);
            result = options.wait
                ? await backend.follow(handle, { onLog: options.onLog, signal: options.signal })
                : { notebook, jobId: handle.jobId, runId: handle.runId, state: 'SUBMITTED', outputUri: handle.outputUri, consoleUrl: handle.consoleUrl };
        }
        catch (error) {
            result = handle
                ? { notebook, jobId: handle.jobId, runId: handle.runId, state: 'UNKNOWN', outputUri: handle.outputUri, consoleUrl: handle.consoleUrl, error: `lost track of the run: ${(0,_describe_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .U)(error)}` }
                : { notebook, state: 'NOT_SUBMITTED', error: (0,_describe_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .U)(error) };
        }
    }
    options.onFinished?.(result);
    return result;
}


/***/ }),

/***/ 84585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bn: () => (/* binding */ integerFrom),
/* harmony export */   wI: () => (/* binding */ WholeFloat),
/* harmony export */   xC: () => (/* binding */ floatFrom)
/* harmony export */ });
/* unused harmony export resolveFlagValue */
/**
 * Parameter values as papermill's loaders give them to its translators: null, booleans, strings,
 * integers, floats, lists and maps. A JavaScript number cannot say whether `1.0` was a float, nor
 * hold 2^53 + 1, so:
 * - integers are numbers, or bigints beyond Number.MAX_SAFE_INTEGER (exact at any size);
 * - floats are numbers, except a float whose value is whole (`1.0`, `1e3` read as a float), which
 *   is a WholeFloat, so that it is written `1.0` and the notebook gets a float.
 * A plain number that is whole (from JSON.parse, or code) is an integer.
 */
class WholeFloat {
    value;
    constructor(value) {
        this.value = value;
    }
    /** As JSON (debug output, reports), the number. */
    toJSON() {
        return this.value;
    }
}
/** An integer from its decimal text (sign and digits only), exact at any size. */
function integerFrom(digits) {
    const value = BigInt(digits);
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
/** A float, kept a float even when its value is whole. */
function floatFrom(value) {
    return Number.isInteger(value) || Object.is(value, -0) ? new WholeFloat(value) : value;
}
// What Python's int() and float() accept (PEP 515 underscores between digits included), which
// papermill's `-p NAME VALUE` tries in turn.
const DIGITS = '\\d(?:_?\\d)*';
const PYTHON_INT = new RegExp(`^[+-]?${DIGITS}$`);
const PYTHON_FLOAT = new RegExp(`^[+-]?(?:${DIGITS}\\.(?:${DIGITS})?|\\.${DIGITS}|${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const PYTHON_FLOAT_WORDS = /^([+-]?)(inf|infinity|nan)$/i;
/**
 * A `-p NAME VALUE` value as papermill reads it: `True`, `False` and `None` as such, then
 * whatever Python's int() takes as an integer, then whatever float() takes as a float, else the
 * text itself.
 */
function resolveFlagValue(text) {
    if (text === 'True')
        return true;
    if (text === 'False')
        return false;
    if (text === 'None')
        return null;
    const trimmed = text.trim();
    if (PYTHON_INT.test(trimmed))
        return integerFrom(trimmed.replace(/_/g, '').replace(/^\+/, ''));
    if (PYTHON_FLOAT.test(trimmed))
        return floatFrom(Number(trimmed.replace(/_/g, '')));
    const word = PYTHON_FLOAT_WORDS.exec(trimmed);
    if (word)
        return word[2].toLowerCase() === 'nan' ? NaN : word[1] === '-' ? -Infinity : Infinity;
    return text;
}


/***/ }),

/***/ 25705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j0: () => (/* reexport */ ParameterTranslationError),
  Dy: () => (/* binding */ checkParameters),
  EN: () => (/* binding */ injectParameters),
  G_: () => (/* binding */ isPythonIdentifier),
  jf: () => (/* binding */ parameterWarnings)
});

// UNUSED EXPORTS: INJECTED_PARAMETERS_TAG, PARAMETERS_TAG, parameterLanguage, toPythonLiteral

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/notebook/notebook.ts
var notebook_notebook = __webpack_require__(86796);
// EXTERNAL MODULE: ./src/notebook/parameter-values.ts
var parameter_values = __webpack_require__(84585);
;// CONCATENATED MODULE: ./src/notebook/parameter-languages.ts

/** The value cannot be written in the kernel's language (papermill refuses the same ones). */
class ParameterTranslationError extends Error {
}
const refuse = (message) => () => {
    throw new ParameterTranslationError(message);
};
const hashComment = (text) => `# ${text}`.trim();
/** JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) mean the same in Python, R, Julia, Scala, C# and F# strings. */
const quoted = (text) => JSON.stringify(text);
const rawFloat = (nan, infinity, negativeInfinity) => (value) => Number.isNaN(value) ? nan : value === Infinity ? infinity : value === -Infinity ? negativeInfinity : pythonFloatRepr(value);
/** Scala, C# and F#: integers beyond 32 bits are longs (papermill's rule). */
const longSuffix = (decimal, value) => (value > 2147483647n || value < -2147483648n ? `${decimal}L` : decimal);
const PYTHON = {
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
const R = {
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
const SCALA = {
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
const JULIA = {
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
const MATLAB = {
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
    dict: (entries) => `containers.Map({${entries.map(([key]) => `'${key.replace(/'/g, "''")}'`).join(', ')}}, {${entries.map(([, value]) => value).join(', ')}})`,
};
const CSHARP = {
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
const FSHARP = {
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
const POWERSHELL = {
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
const BASH = {
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
const parameter_languages_PARAMETER_LANGUAGES = {
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
function parameter_languages_literal(language, value) {
    if (value === null || value === undefined)
        return language.none();
    if (typeof value === 'boolean')
        return language.bool(value);
    if (typeof value === 'string')
        return language.str(value);
    if (typeof value === 'bigint')
        return language.int(value.toString(), value);
    if (value instanceof parameter_values/* WholeFloat */.wI)
        return language.float(value.value);
    if (typeof value === 'number') {
        return Number.isInteger(value) && !Object.is(value, -0) ? language.int(BigInt(value).toString(), BigInt(value)) : language.float(value);
    }
    if (Array.isArray(value))
        return language.list(value.map((item) => parameter_languages_literal(language, item)));
    if (value instanceof Date)
        return language.str(value.toISOString());
    if (typeof value === 'object') {
        return language.dict(Object.entries(value).map(([key, item]) => [key, parameter_languages_literal(language, item)]));
    }
    throw new ParameterTranslationError(`cannot write a ${typeof value} as a parameter`);
}
/** The injected cell's source, one line a parameter: papermill's `codify`. */
function codify(language, parameters) {
    return [
        `${language.comment('Parameters')}\n`,
        ...Object.entries(parameters).map(([name, value]) => `${language.assign(name, parameter_languages_literal(language, value))}\n`),
    ];
}
/** Python's repr() of a finite float: the shortest digits that read back the same, fixed from 1e-4 to 1e16. */
function pythonFloatRepr(value) {
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exponent = Number(exponentText);
    const sign = value < 0 ? '-' : '';
    if (exponent < -4 || exponent >= 16) {
        const significand = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${significand}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
}
/** A MATLAB string: `"` doubled; control characters, which a literal cannot hold, joined in as char(N). */
function matlabString(text) {
    const parts = text.split(/([\u0000-\u001f\u007f])/);
    const pieces = parts
        .map((part, index) => (index % 2 === 1 ? `char(${part.charCodeAt(0)})` : part ? `"${part.replace(/"/g, '""')}"` : ''))
        .filter(Boolean);
    return pieces.length === 0 ? '""' : pieces[0].startsWith('char(') ? `"" + ${pieces.join(' + ')}` : pieces.join(' + ');
}
/** Python's shlex.quote, which papermill's bash translator uses. */
function shellQuote(text) {
    if (text === '')
        return "''";
    if (!/[^\w@%+=:,./-]/.test(text))
        return text;
    return `'${text.replace(/'/g, `'"'"'`)}'`;
}

;// CONCATENATED MODULE: ./src/notebook/parameters.ts




const PARAMETERS_TAG = 'parameters';
const INJECTED_PARAMETERS_TAG = 'injected-parameters';
/**
 * Papermill's convention: a code cell tagged `injected-parameters` goes right after the cell
 * tagged `parameters` (at the top when there is none) and replaces one injected earlier. The
 * values are written in the kernel's language (`kernel` overrides the notebook's own kernel).
 */
function injectParameters(notebook, parameters, kernel) {
    if (Object.keys(parameters).length === 0)
        return notebook;
    const source = codify(parameterLanguage(notebook, kernel), parameters);
    const cells = notebook.cells.filter((cell) => !(0,notebook_notebook/* cellTags */.Gq)(cell).includes(INJECTED_PARAMETERS_TAG));
    const anchor = cells.findIndex((cell) => (0,notebook_notebook/* cellTags */.Gq)(cell).includes(PARAMETERS_TAG));
    const injected = {
        cell_type: 'code',
        execution_count: null,
        metadata: { tags: [INJECTED_PARAMETERS_TAG] },
        outputs: [],
        source,
    };
    if (notebook.nbformat_minor >= 5)
        injected.id = (0,external_node_crypto_.randomUUID)().slice(0, 8);
    cells.splice(anchor + 1, 0, injected);
    return { ...notebook, cells };
}
/**
 * The translator papermill would pick: by kernel name, else by the notebook's language. A
 * notebook that names neither is taken for Python, the kernel it then runs with.
 */
function parameterLanguage(notebook, kernel) {
    const metadata = notebook.metadata;
    const kernelName = kernel ?? stringOrUndefined(metadata.kernelspec?.name);
    const language = stringOrUndefined(metadata.language_info?.name) ?? stringOrUndefined(metadata.kernelspec?.language);
    const found = (kernelName && parameter_languages_PARAMETER_LANGUAGES[kernelName]) || (language && parameter_languages_PARAMETER_LANGUAGES[language]);
    if (found)
        return found;
    if (!kernelName && !language)
        return parameter_languages_PARAMETER_LANGUAGES.python;
    throw new ParameterTranslationError(`cannot write parameters for the kernel "${kernelName ?? ''}" (language "${language ?? ''}"): papermill translates parameters only for ` +
        `${Object.keys(parameter_languages_PARAMETER_LANGUAGES).join(', ')}`);
}
/** Throws ParameterTranslationError for parameters the notebook's kernel cannot be given; makes nothing. */
function checkParameters(notebook, parameters, kernel) {
    if (Object.keys(parameters).length === 0)
        return;
    const language = parameterLanguage(notebook, kernel);
    for (const [name, value] of Object.entries(parameters)) {
        try {
            parameter_languages_literal(language, value);
        }
        catch (error) {
            if (error instanceof ParameterTranslationError)
                throw new ParameterTranslationError(`${name}: ${error.message}`);
            throw error;
        }
    }
}
/**
 * What papermill warns about before it runs: no cell tagged `parameters`, or parameters given
 * that the `parameters` cell does not assign (likely a typo: they are injected anyway).
 */
function parameterWarnings(notebook, parameters) {
    const names = Object.keys(parameters);
    if (names.length === 0)
        return [];
    const cell = notebook.cells.find((candidate) => (0,notebook_notebook/* cellTags */.Gq)(candidate).includes(PARAMETERS_TAG));
    if (!cell)
        return [`no cell is tagged "${PARAMETERS_TAG}", so the parameters go in a cell at the top, as papermill puts them`];
    let language;
    try {
        language = parameterLanguage(notebook);
    }
    catch {
        return []; // refused by the check before; nothing to warn about
    }
    const defined = assignedNames(language, Array.isArray(cell.source) ? cell.source.join('') : cell.source);
    const unknown = names.filter((name) => !defined.has(name) && !(language.name === 'R' && defined.has(name.replace(/^_+/, ''))));
    if (unknown.length === 0)
        return [];
    return [`the "${PARAMETERS_TAG}" cell does not define ${unknown.join(', ')}; injected anyway, as papermill does (a typo?)`];
}
/** Names a line of the cell assigns at its top level, by the language's own assignment forms. */
const ASSIGNMENT = {
    python: /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::[^=]*)?=(?!=)/,
    R: /^\s*([A-Za-z.][\w.]*)\s*(?:=(?!=)|<<?-)/,
    scala: /^\s*(?:(?:private|final|lazy|implicit)\s+)*(?:val|var)\s+(\w+)/,
    julia: /^\s*(?:const\s+|global\s+)?([A-Za-z_]\w*!?)\s*(?:::[^=]+)?=(?!=)/,
    matlab: /^\s*([A-Za-z]\w*)\s*=(?!=)/,
    '.net-csharp': /^\s*(?:var|[\w<>[\],?.]+)\s+(\w+)\s*=(?!=)/,
    '.net-fsharp': /^\s*let\s+(?:mutable\s+)?(\w+)/,
    '.net-powershell': /^\s*\$(\w+)\s*=(?!=)/,
    bash: /^\s*(?:export\s+|local\s+|readonly\s+|declare(?:\s+-\w+)*\s+)?(\w+)=/,
};
function assignedNames(language, source) {
    const pattern = ASSIGNMENT[language.name];
    const names = new Set();
    for (const line of source.split('\n')) {
        const match = pattern.exec(line);
        for (const name of match?.[1]?.split(',') ?? [])
            names.add(name.trim());
    }
    return names;
}
const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isPythonIdentifier(name) {
    return PYTHON_IDENTIFIER.test(name);
}
/** A value as Python source, as papermill writes it. */
function toPythonLiteral(value) {
    return literal(PARAMETER_LANGUAGES.python, value);
}
function stringOrUndefined(value) {
    return typeof value === 'string' && value ? value : undefined;
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
