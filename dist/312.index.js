export const id = 312;
export const ids = [312];
export const modules = {

/***/ 7312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNotebooks: () => (/* binding */ runNotebooks)
/* harmony export */ });
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70370);
/* harmony import */ var _batches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67250);
/* harmony import */ var _notebook_notebook_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86796);
/* harmony import */ var _notebook_parameters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25705);
/* harmony import */ var _describe_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2566);
/* harmony import */ var _distinct_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71491);






/**
 * Runs every request on the backend, at most `maxParallel` at a time. Every request is
 * validated before the first cloud call; a run that cannot be submitted does not stop the others.
 */
async function runNotebooks(requests, backend, options) {
    for (const request of requests)
        backend.validate(request);
    (0,_distinct_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDistinctOutputs */ .T)(requests);
    if (options.batch)
        (0,_batches_js__WEBPACK_IMPORTED_MODULE_0__/* .validateBatchSettings */ .qq)(requests, options.batch);
    if (options.onWarning) {
        for (const request of requests) {
            if (Object.keys(request.parameters).length === 0)
                continue;
            const notebook = (0,_notebook_notebook_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNotebook */ .fJ)(request.notebook.content, request.notebook.path);
            for (const warning of (0,_notebook_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterWarnings */ .jf)(notebook, request.parameters))
                options.onWarning(request.notebook.path, warning);
        }
    }
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A)(Math.max(1, options.maxParallel));
    if (!options.batch || !backend.submitBatch)
        return Promise.all(requests.map((request) => limit(() => runOne(request, backend, options))));
    const batches = (0,_batches_js__WEBPACK_IMPORTED_MODULE_0__/* .groupIntoBatches */ .mR)(requests);
    const results = await Promise.all(batches.map((batch) => limit(() => (batch.length === 1 ? runOne(batch[0], backend, options).then((one) => [one]) : runBatch(batch, backend, options)))));
    // In the requests' order, as without batches.
    const ended = results.flat();
    const byRequest = new Map(batches.flat().map((request, index) => [request, ended[index]]));
    return requests.map((request) => byRequest.get(request));
}
async function runBatch(requests, backend, options) {
    let results;
    const names = requests.map((request) => request.notebook.path);
    if (options.signal?.aborted) {
        results = names.map((notebook) => ({ notebook, state: 'NOT_SUBMITTED', error: 'cancelled before it was submitted' }));
    }
    else {
        let handle;
        try {
            handle = await backend.submitBatch(requests, options.batch, options.signal);
            for (const notebook of handle.notebooks)
                options.onSubmitted?.(notebook);
            results = options.wait
                ? await backend.followBatch(handle, { onLog: options.onLog, signal: options.signal })
                : handle.notebooks.map(({ notebook, jobId, runId, outputUri, consoleUrl }) => ({ notebook, jobId, runId, state: 'SUBMITTED', outputUri, consoleUrl, batch: names }));
        }
        catch (error) {
            results = handle
                ? handle.notebooks.map(({ notebook, jobId, runId, outputUri, consoleUrl }) => ({ notebook, jobId, runId, state: 'UNKNOWN', outputUri, consoleUrl, batch: names, error: `lost track of the run: ${(0,_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error)}` }))
                : names.map((notebook) => ({ notebook, state: 'NOT_SUBMITTED', batch: names, error: (0,_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error) }));
        }
    }
    for (const result of results)
        options.onFinished?.(result);
    return results;
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
                ? { notebook, jobId: handle.jobId, runId: handle.runId, state: 'UNKNOWN', outputUri: handle.outputUri, consoleUrl: handle.consoleUrl, error: `lost track of the run: ${(0,_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error)}` }
                : { notebook, state: 'NOT_SUBMITTED', error: (0,_describe_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .U)(error) };
        }
    }
    options.onFinished?.(result);
    return result;
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
