export { startEmulator, writeEnvFile } from './emulator.js';
export type { Emulator, EmulatorOptions, EmulatorState, FaultOptions, JobRunVmTime } from './emulator.js';
export type { RecordedRequest } from './http-server.js';
