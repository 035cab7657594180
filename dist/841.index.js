export const id = 841;
export const ids = [841];
export const modules = {

/***/ 61841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseParameterText: () => (/* binding */ parseParameterText)
/* harmony export */ });
/* harmony import */ var _notebook_parameter_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84585);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38741);


/*
 * Parameters given as text read as papermill reads them: PyYAML's safe loader (YAML 1.1) with
 * dates left as text. Its rules for plain scalars are applied here to a document parsed with the
 * failsafe schema (every scalar a string), since YAML 1.2 parsers read `yes`, `1e3` and `010`
 * differently. JSON is read as JSON instead (PyYAML would make `1e-3` a string).
 */
const YAML_NULL = /^(?:~|null|Null|NULL|)$/;
const YAML_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const YAML_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const YAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const YAML_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const JSON_INT = /^-?(?:0|[1-9][0-9]*)$/;
const TAG = 'tag:yaml.org,2002:';
/** A JSON or YAML map of parameters; the YAML parser loads only when there is text to read. */
async function parseParameterText(text, input) {
    if (text.trim() === '')
        return {};
    const { parseDocument, isAlias, isMap, isScalar, isSeq } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const doc = parseDocument(text, { schema: 'failsafe', version: '1.1' });
    if (doc.errors.length) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `expected a JSON or YAML map, could not parse it (${doc.errors[0].message.split('\n')[0]})`);
    }
    const resolvePlain = isJson(text) ? resolveJsonScalar : resolveYamlScalar;
    const fail = (problem) => {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, problem);
    };
    const convert = (node) => {
        if (node === null || node === undefined)
            return null;
        if (isAlias(node))
            return convert(node.resolve(doc));
        const tag = node.tag;
        if (isScalar(node))
            return scalar(node, resolvePlain, fail);
        if (tag && tag !== `${TAG}map` && tag !== `${TAG}seq`)
            fail(`the YAML tag ${tag} is not supported in parameters`);
        if (isSeq(node))
            return node.items.map(convert);
        if (isMap(node)) {
            const map = {};
            const merged = {};
            for (const pair of node.items) {
                const key = isScalar(pair.key) ? String(pair.key.value) : fail('map keys must be plain values, not lists or maps');
                if (key === '<<' && isScalar(pair.key) && pair.key.type === 'PLAIN') {
                    // A merge key, as PyYAML's safe loader takes it: the keys of the map(s) given, unless set here.
                    const sources = convert(pair.value);
                    for (const source of (Array.isArray(sources) ? sources : [sources]).reverse()) {
                        for (const [name, item] of Object.entries(isPlainMap(source) ? source : fail('a merge key (<<) takes a map or a list of maps')))
                            setKey(merged, name, item);
                    }
                    continue;
                }
                setKey(map, key, convert(pair.value));
            }
            return { ...merged, ...map };
        }
        return fail('expected plain values, lists and maps');
    };
    const value = convert(doc.contents);
    if (value === null)
        return {};
    return isPlainMap(value) ? value : fail(`expected a JSON or YAML map such as {"alpha": 0.5}, got ${JSON.stringify(shorten(text.trim()))}`);
}
const shorten = (text) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);
/** An own key whatever its name (`__proto__` included). */
function setKey(map, key, value) {
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
function isPlainMap(value) {
    return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
function isJson(text) {
    if (!text.trim().startsWith('{'))
        return false;
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
function scalar(node, resolvePlain, fail) {
    const text = String(node.value);
    switch (node.tag) {
        case undefined:
            return node.type === 'PLAIN' ? resolvePlain(text) : text;
        case `${TAG}str`:
            return text;
        case `${TAG}null`:
            return null;
        case `${TAG}bool`:
            if (YAML_TRUE.test(text))
                return true;
            if (YAML_FALSE.test(text))
                return false;
            return fail(`"${text}" is not a YAML boolean (true, false, yes, no, on, off)`);
        case `${TAG}int`:
            return YAML_INT.test(text) ? yamlInteger(text) : fail(`"${text}" is not a YAML integer`);
        case `${TAG}float`:
            return YAML_FLOAT.test(text) || YAML_INT.test(text) ? (0,_notebook_parameter_values_js__WEBPACK_IMPORTED_MODULE_0__/* .floatFrom */ .xC)(yamlFloat(text)) : fail(`"${text}" is not a YAML float`);
        default:
            return fail(`the YAML tag ${node.tag} is not supported in parameters`);
    }
}
/** PyYAML's implicit resolvers, in its order: bool, float, int, null; anything else is a string. */
function resolveYamlScalar(text) {
    if (YAML_TRUE.test(text))
        return true;
    if (YAML_FALSE.test(text))
        return false;
    if (YAML_FLOAT.test(text)) {
        const value = yamlFloat(text);
        return Number.isNaN(value) && !/nan/i.test(text) ? text : (0,_notebook_parameter_values_js__WEBPACK_IMPORTED_MODULE_0__/* .floatFrom */ .xC)(value);
    }
    if (YAML_INT.test(text))
        return yamlInteger(text);
    if (YAML_NULL.test(text))
        return null;
    return text;
}
function resolveJsonScalar(text) {
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    if (text === 'null')
        return null;
    if (JSON_INT.test(text))
        return (0,_notebook_parameter_values_js__WEBPACK_IMPORTED_MODULE_0__/* .integerFrom */ .bn)(text);
    return (0,_notebook_parameter_values_js__WEBPACK_IMPORTED_MODULE_0__/* .floatFrom */ .xC)(Number(text));
}
/** Base 2, 8 (leading 0), 16 and 60 (1:30) as YAML 1.1 writes them, underscores ignored. */
function yamlInteger(text) {
    let digits = text.replace(/_/g, '');
    const negative = digits.startsWith('-');
    digits = digits.replace(/^[-+]/, '');
    let value;
    if (digits.includes(':'))
        value = digits.split(':').reduce((sum, part) => sum * 60n + BigInt(part), 0n);
    else if (digits.startsWith('0b'))
        value = BigInt(digits);
    else if (digits.startsWith('0x'))
        value = BigInt(digits);
    else if (digits.length > 1 && digits.startsWith('0'))
        value = BigInt(`0o${digits.slice(1)}`);
    else
        value = BigInt(digits);
    return (0,_notebook_parameter_values_js__WEBPACK_IMPORTED_MODULE_0__/* .integerFrom */ .bn)((negative ? -value : value).toString());
}
function yamlFloat(text) {
    let digits = text.replace(/_/g, '').toLowerCase();
    const sign = digits.startsWith('-') ? -1 : 1;
    digits = digits.replace(/^[-+]/, '');
    if (digits === '.inf')
        return sign * Infinity;
    if (digits === '.nan')
        return NaN;
    if (digits.includes(':'))
        return sign * digits.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    return sign * Number(digits);
}


/***/ })

};
