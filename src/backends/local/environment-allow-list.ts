/**
 * What a local run takes from this machine's environment: only what running a notebook needs.
 * Everything else (a cloud key, a token, GITHUB_ENV, MY_APP_SECRET) stays with the process that
 * started the run; the user passes what a notebook should have with `env`. The OCI emulator's
 * job runs start from the same list.
 */
const ALLOWED_NAMES = new Set([
  // Where programs and libraries are, and who and where the user is.
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LD_LIBRARY_PATH',
  'TMPDIR',
  'TMP',
  'TEMP',
  // Language and time.
  'LANG',
  'LANGUAGE',
  'TZ',
  // Python, Jupyter and the environments they run in: their documented settings, by name (a
  // prefix would let through JUPYTER_TOKEN, a server's credential).
  'PYTHONPATH',
  'PYTHONHOME',
  'PYTHONUSERBASE',
  'PYTHONNOUSERSITE',
  'PYTHONDONTWRITEBYTECODE',
  'PYTHONPYCACHEPREFIX',
  'PYTHONWARNINGS',
  'PYTHONUTF8',
  'PYTHONIOENCODING',
  'PYTHONHASHSEED',
  'PYTHONUNBUFFERED',
  'PYTHONFAULTHANDLER',
  'JUPYTER_CONFIG_DIR',
  'JUPYTER_DATA_DIR',
  'JUPYTER_RUNTIME_DIR',
  'JUPYTER_PATH',
  'JUPYTER_PLATFORM_DIRS',
  'IPYTHONDIR',
  'MPLBACKEND',
  'MPLCONFIGDIR',
  'VIRTUAL_ENV',
  'CONDA_PREFIX',
  'CONDA_DEFAULT_ENV',
  'CONDA_EXE',
  'CONDA_PYTHON_EXE',
  'CONDA_SHLVL',
  // Certificates of a network that inspects TLS.
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
  // Threads a numeric library may start.
  'OMP_NUM_THREADS',
  'MKL_NUM_THREADS',
  'OPENBLAS_NUM_THREADS',
  // Whether this is CI, which notebooks test to do less.
  'CI',
  'GITHUB_ACTIONS',
  'NO_PROXY',
  'no_proxy',
]);
const ALLOWED_PREFIXES = ['LC_'];

/** Proxies are passed only when they carry no user name or password: those would be credentials. */
const PROXY_NAMES = new Set(['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy']);

function proxyHasCredentials(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(value.trim()) || (!value.includes('://') && value.includes('@'));
}

/** Whether a variable of this name (and value) is passed on to a local run. */
export function isAllowedVariable(name: string, value: string): boolean {
  if (PROXY_NAMES.has(name)) return !proxyHasCredentials(value);
  return ALLOWED_NAMES.has(name) || ALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** The allowed part of an environment; a run adds its own variables and the user's `env` to it. */
export function allowedEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const allowed: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && isAllowedVariable(name, value)) allowed[name] = value;
  }
  return allowed;
}
