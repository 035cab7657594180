/** An answer in OCI's error shape: the HTTP status, `{"code","message"}` and optional extra headers. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function missingParameter(field: string, detail = ''): ServiceError {
  return new ServiceError(400, 'MissingParameter', `Missing required parameter '${field}'.${detail ? ' ' + detail : ''}`);
}

export function invalidParameter(message: string): ServiceError {
  return new ServiceError(400, 'InvalidParameter', message);
}

export function notAuthenticated(reason: string): ServiceError {
  return new ServiceError(
    401,
    'NotAuthenticated',
    `The required information to complete authentication was not provided or was incorrect: ${reason}`,
  );
}

/** Data Science and Logging answer 404 without saying whether the resource exists. */
export function notAuthorizedOrNotFound(what: string): ServiceError {
  return new ServiceError(
    404,
    'NotAuthorizedOrNotFound',
    `Authorization failed or requested resource not found: ${what}.`,
  );
}

export function incorrectState(message: string): ServiceError {
  return new ServiceError(409, 'IncorrectState', message);
}

export function conflict(message: string): ServiceError {
  return new ServiceError(409, 'Conflict', message);
}

export function preconditionFailed(message: string): ServiceError {
  return new ServiceError(412, 'PreconditionFailed', message);
}

/** The OCI error code that goes with a status the fault injector may answer. */
export const FAULT_CODES: Readonly<Record<number, string>> = {
  429: 'TooManyRequests',
  500: 'InternalServerError',
  503: 'ServiceUnavailable',
};
