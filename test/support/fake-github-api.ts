import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
}

/** Plays the GitHub REST API's issue comments, as Octokit calls them, for one pull request. */
export class FakeGitHubApi {
  readonly comments: FakeComment[] = [];
  readonly calls: string[] = [];
  private server?: Server;
  private nextId = 1000;

  constructor(private readonly token: string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const url = new URL(request.url!, 'http://api');
        this.calls.push(`${request.method} ${url.pathname}`);
        const send = (status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        if (request.headers.authorization !== `token ${this.token}` && request.headers.authorization !== `Bearer ${this.token}`) {
          return send(401, { message: 'Bad credentials' });
        }
        const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
        const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
        if (list && request.method === 'GET') {
          const page = Number(url.searchParams.get('page') ?? 1);
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          return send(200, this.comments.slice((page - 1) * perPage, page * perPage));
        }
        if (list && request.method === 'POST') {
          const comment = { id: this.nextId++, body: JSON.parse(body).body as string };
          this.comments.push(comment);
          return send(201, comment);
        }
        if (one && request.method === 'PATCH') {
          const comment = this.comments.find((candidate) => candidate.id === Number(one[1]));
          if (!comment) return send(404, { message: 'Not Found' });
          comment.body = JSON.parse(body).body as string;
          return send(200, comment);
        }
        send(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): void {
    this.server?.close();
  }
}
