// Imported first by each entry point: ES modules run in import order, so this runs before any
// module that loads the SDK.
import { ignoreSdkPunycodeDeprecation } from './sdk-warnings.js';

ignoreSdkPunycodeDeprecation();
