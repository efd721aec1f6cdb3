import { type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { PROBLEM_TYPES, problemTypeUri } from '../problem-details/problem-types';

/**
 * What the HTTP server answers a request it could not parse, as Node does by itself, except that
 * a request line and headers over Node's limit (16 KB: a long query, many filters) get the API's
 * problem details (431, `headers-too-large`, documented on every operation) instead of an empty
 * 431. The request never reaches the application: nothing was read, nothing written.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (socket.writable && error.code !== 'ECONNRESET') socket.write(answerTo(error.code));
    socket.destroy();
  });
}

function answerTo(code: string | undefined): string {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW': {
      const type = PROBLEM_TYPES['headers-too-large'];
      const body = JSON.stringify({
        type: problemTypeUri('headers-too-large'),
        title: type.title.toLowerCase(),
        status: type.status,
        detail: 'the request line and headers are larger than the server reads (16 KB)',
      });
      return [
        'HTTP/1.1 431 Request Header Fields Too Large',
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n');
    }
    // Node's own answers to the rest (lib/_http_server.js).
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
    default:
      return 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
  }
}
