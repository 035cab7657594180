import '../oci/quiet-sdk-deprecations.js';
import fdk from '@fnproject/fdk';
import { createFunctionHandler } from './handler.js';

// Fn starts this file in the function's container; the FDK serves the handler on FN_LISTENER's unix socket.
const handler = createFunctionHandler();
fdk.handle((input: Uint8Array, context) => handler.handle(input, context), { inputMode: 'buffer' });
