import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The GitHub Actions results service as `@actions/artifact` v6 calls it to upload: the Twirp JSON
 * methods CreateArtifact and FinalizeArtifact at ACTIONS_RESULTS_URL, and the signed Azure Blob
 * URL CreateArtifact hands out, to which `BlockBlobClient.uploadStream` sends
 * `PUT ?comp=block&blockid=…` per chunk and one `PUT ?comp=blocklist`.
 */
export interface FakeArtifactService {
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, as the runner gives them to a step. */
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string };
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  artifacts: StoredArtifact[];
  /** Every request, as `METHOD path`, with `?comp=` the only part of the query kept. */
  requests: string[];
  close(): Promise<void>;
}

export interface StoredArtifact {
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType?: string;
  /** The committed blob: the zip. */
  content?: Buffer;
  finalized: boolean;
  /** What FinalizeArtifact returned. */
  id?: string;
  size?: string;
  hash?: string;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CONTAINER = '/devstoreaccount1/actions-results';

/** An unsigned JWT with the `scp` claim `@actions/artifact` takes the backend ids from; nothing checks a signature. */
export function runtimeToken(workflowRunBackendId: string, workflowJobRunBackendId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { scp: `Actions.ExampleScope Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`, exp: Math.floor(Date.now() / 1000) + 3600 };
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  const workflowRunBackendId = randomUUID();
  const workflowJobRunBackendId = randomUUID();
  const token = runtimeToken(workflowRunBackendId, workflowJobRunBackendId);
  const artifacts: StoredArtifact[] = [];
  const requests: string[] = [];
  /** Blob path → staged blocks by id, and the artifact it belongs to. */
  const blobs = new Map<string, { artifact: StoredArtifact; blocks: Map<string, Buffer> }>();
  let nextId = 4000 + Math.floor(Math.random() * 1000);
  let origin = '';

  const twirp = async (method: string, body: Record<string, unknown>, response: ServerResponse) => {
    const ids = { workflowRunBackendId: body.workflow_run_backend_id, workflowJobRunBackendId: body.workflow_job_run_backend_id };
    if (ids.workflowRunBackendId !== workflowRunBackendId || ids.workflowJobRunBackendId !== workflowJobRunBackendId) {
      return json(response, 400, { code: 'invalid_argument', msg: `backend ids ${JSON.stringify(ids)} are not this job's` });
    }
    const name = String(body.name ?? '');
    const existing = artifacts.find((artifact) => artifact.name === name);
    if (method === 'CreateArtifact') {
      if (existing) return json(response, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
      if (body.version !== 7) return json(response, 400, { code: 'invalid_argument', msg: `version ${String(body.version)} is not 7` });
      const mimeType = body.mime_type as string | undefined;
      const artifact: StoredArtifact = { name, workflowRunBackendId, workflowJobRunBackendId, mimeType, finalized: false };
      artifacts.push(artifact);
      const path = `${CONTAINER}/${workflowRunBackendId}/${workflowJobRunBackendId}/${name}.zip`;
      blobs.set(path, { artifact, blocks: new Map() });
      return json(response, 200, { ok: true, signed_upload_url: `${origin}${path}?sv=2023-11-03&sr=b&sp=cw&se=2099-01-01T00%3A00%3A00Z&sig=fake-signature` });
    }
    if (method === 'FinalizeArtifact') {
      if (!existing?.content) return json(response, 404, { code: 'not_found', msg: `no uploaded artifact named ${name}` });
      if (String(body.size) !== String(existing.content.length)) {
        return json(response, 400, { code: 'invalid_argument', msg: `size ${String(body.size)}, but ${existing.content.length} bytes were uploaded` });
      }
      const hash = `sha256:${createHash('sha256').update(existing.content).digest('hex')}`;
      if (body.hash !== undefined && body.hash !== hash) return json(response, 400, { code: 'invalid_argument', msg: `hash ${String(body.hash)} is not ${hash}` });
      Object.assign(existing, { finalized: true, id: String(nextId++), size: String(body.size), hash: body.hash });
      // int64 goes as a string in Twirp's JSON, as protobuf's JSON mapping writes it.
      return json(response, 200, { ok: true, artifact_id: existing.id });
    }
    return json(response, 404, { code: 'bad_route', msg: `no method ${method}` });
  };

  const blob = async (request: IncomingMessage, url: URL, response: ServerResponse) => {
    const target = blobs.get(url.pathname);
    if (!target || url.searchParams.get('sig') !== 'fake-signature') return blobError(response, 403, 'AuthenticationFailed');
    const body = await readBody(request);
    const comp = url.searchParams.get('comp');
    if (request.method === 'PUT' && comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return blobError(response, 400, 'InvalidQueryParameterValue');
      target.blocks.set(blockId, body);
      return blobCreated(response);
    }
    if (request.method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((match) => match[2]!);
      const parts = ids.map((id) => target.blocks.get(id));
      if (parts.some((part) => !part)) return blobError(response, 400, 'InvalidBlockList');
      target.artifact.content = Buffer.concat(parts as Buffer[]);
      return blobCreated(response);
    }
    return blobError(response, 400, 'UnsupportedHttpVerb');
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const comp = url.searchParams.get('comp');
    requests.push(`${request.method} ${url.pathname}${comp ? `?comp=${comp}` : ''}`);
    const handle = async () => {
      if (url.pathname.startsWith(TWIRP) && request.method === 'POST') {
        if (request.headers.authorization !== `Bearer ${token}`) return json(response, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
        return twirp(url.pathname.slice(TWIRP.length), JSON.parse((await readBody(request)).toString('utf8')) as Record<string, unknown>, response);
      }
      if (url.pathname.startsWith(CONTAINER)) return blob(request, url, response);
      return json(response, 404, { code: 'bad_route', msg: `no route ${request.method} ${url.pathname}` });
    };
    handle().catch((error: Error) => json(response, 500, { code: 'internal', msg: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${origin}/` },
    workflowRunBackendId,
    workflowJobRunBackendId,
    artifacts,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function json(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The headers Azure Blob answers a block or block list PUT with. */
function blobCreated(response: ServerResponse): void {
  response
    .writeHead(201, {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2025-11-05',
      'x-ms-request-server-encrypted': 'true',
      etag: `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      date: new Date().toUTCString(),
      'content-length': '0',
    })
    .end();
}

function blobError(response: ServerResponse, status: number, code: string): void {
  response
    .writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code })
    .end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
}
