export { startEmulator, writeEnvFile } from './emulator.js';
export type { Emulator, EmulatorOptions, FaultOptions } from './emulator.js';
export type { RecordedRequest } from './http-server.js';
