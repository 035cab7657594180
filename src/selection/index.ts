export { selectNotebooks, type NotebookSelection, type SelectedNotebook, type SelectionInput, type SkippedNotebook } from './select-notebooks.js';
export type { ChangedOnly } from './event-scope.js';
export type { GitHubAccess } from './compare-api.js';
export { DEFAULT_NOTEBOOK_PATTERNS } from './notebook-patterns.js';
export { SelectionError } from './selection-error.js';
