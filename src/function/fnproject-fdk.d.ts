/** The part of Fn's Node.js FDK (`@fnproject/fdk`, CommonJS, untyped) that the function uses. */
declare module '@fnproject/fdk' {
  /** The invocation as the FDK hands it over; header names are matched case-insensitively. */
  export interface FdkContext {
    /** `Fn-Call-Id`. */
    readonly callID: string | null;
    /** `Fn-Deadline`, when Fn sent one. */
    readonly deadline: Date | null;
    getHeader(name: string): string | null;
    /** Set by the FDK to application/json before the function runs. */
    responseContentType: string | null;
    /** Fn's HTTP gateway (API Gateway, HTTP triggers): its status reaches the HTTP caller. */
    readonly httpGateway: { readonly requestURL: string | null; statusCode: number };
  }

  export interface FdkOptions {
    inputMode?: 'json' | 'string' | 'buffer';
  }

  /** Serves `fn` on the unix socket named by FN_LISTENER (FN_FORMAT=http-stream); returns a stop function. */
  export function handle(fn: (input: any, context: FdkContext) => unknown, options?: FdkOptions): () => void;

  const fdk: { handle: typeof handle };
  export default fdk;
}
