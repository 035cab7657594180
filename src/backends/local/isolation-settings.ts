/**
 * How far a local run is kept from the process that started it (kernel-isolation.ts,
 * docs/local-backend.md): `auto` (the strongest that works here), `user`, `namespace` or `none`.
 * A module of its own so that front doors read the setting without loading the backend.
 */
export const ISOLATION_SETTINGS = ['auto', 'user', 'namespace', 'none'] as const;
export type IsolationSetting = (typeof ISOLATION_SETTINGS)[number];
