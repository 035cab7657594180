import '../../oci/quiet-sdk-deprecations.js';
import * as core from '@actions/core';
import { routeSdkFailureWarnings } from '../../oci/sdk-warnings.js';
import { post } from '../post.js';

// A run already gone answers 404; the post step says so itself, the SDK's line goes to the debug log.
routeSdkFailureWarnings((message) => core.debug(message));

void post();
