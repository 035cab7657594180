/** The local backend: notebooks run by this machine's Python and Jupyter, with the OCI job driver. */
export { LocalJupyterBackend, type LocalJupyterBackendOptions } from './local-jupyter-backend.js';
export { checkLocalJupyter, LocalJupyterError, type LocalJupyter, type LocalJupyterCheckOptions } from './local-jupyter-check.js';
export { validateLocalRunRequest } from './validate-local-request.js';
