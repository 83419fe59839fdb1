import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../logger.ts';
import { type ErrorCode, errorStatus } from './errors.ts';

/** How long a refused connection keeps reading (and discarding) before it is closed. */
const LINGER_MS = 2_000;

function refusalFor(parserCode: string | undefined): { code: ErrorCode; message: string } {
  switch (parserCode) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        code: 'HEADERS_TOO_LARGE',
        message: "The request's headers are too large. Clear this site's cookies and try again.",
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive. Try again.' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The request body is framed with oversized chunk extensions.',
      };
    default:
      return { code: 'BAD_REQUEST', message: 'The request is not well-formed HTTP.' };
  }
}

interface ClientErrorSource {
  on(event: 'clientError', listener: (err: Error & { code?: string }, socket: Socket) => void): unknown;
}

/**
 * Answers requests the HTTP parser refuses (headers past 16 KiB, a malformed request line, a
 * request that arrives too slowly) in the API's error envelope, then closes the connection gently.
 *
 * Node's own answer writes the status and destroys the socket at once. A client still sending (a
 * browser with an oversized cookie posting a recording) then gets a TCP reset, and the reset
 * discards the status it had not read yet: the person sees "connection reset" instead of a reason.
 * Here the socket is half-closed after the answer and keeps reading, discarding, for LINGER_MS, the
 * way web servers do a "lingering close", so the client reads the answer before the connection ends.
 */
export function answerFramingErrors(server: ClientErrorSource, logger: Logger): void {
  const answered = new WeakSet<Socket>();
  server.on('clientError', (err, socket) => {
    // The parser reports every later chunk of a refused connection again; it is answered once.
    if (answered.has(socket)) return;
    answered.add(socket);
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    // A reset client hears nothing; a response already under way cannot have another put inside it.
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const { code, message } = refusalFor(err.code);
    const status = errorStatus[code];
    const requestId = crypto.randomUUID();
    const body = JSON.stringify({ error: { code, message, requestId } });
    // The parser's code and the id only: the refused bytes may hold anything, cookies included.
    logger.info('refused malformed request', { status, parserCode: err.code ?? 'unknown', requestId });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
    socket.on('data', () => {});
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
}
