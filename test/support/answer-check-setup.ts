import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AnswerChecker,
  describeMismatches,
  type Mismatch,
  type OpenApiDocument,
} from '../../libs/api-client/answer-check';

/**
 * Every answer an integration test receives from the API (through the global fetch: the http()
 * helper, the generated client, the tests' own calls) is held to docs/openapi.json. An answer
 * the document does not describe fails the test that received it, naming the operation, the
 * status and ajv's error paths. Streams and files are checked by status and content type only.
 */
const document = JSON.parse(
  readFileSync(join(__dirname, '../../docs/openapi.json'), 'utf8'),
) as OpenApiDocument;
const checker = new AnswerChecker(document);
const mismatches: Mismatch[] = [];
/** ANSWER_CHECK_RECORD=<file>: each answer checked, as a line `operation status ok|mismatch`. */
const record = process.env.ANSWER_CHECK_RECORD;

const JSON_TYPE = /json/i;
const realFetch = globalThis.fetch;

/** One answer as the check sees it: where it came from and what it carried. */
export interface ReceivedAnswer {
  method: string;
  url: URL;
  status: number;
  contentType: string;
  /** The body's text when it is JSON (read from a copy); undefined for anything else. */
  text: string | undefined;
  /** Whether a non-JSON answer has a body at all. */
  hasBody: boolean;
}

/**
 * Holds an answer to the document: a mismatch fails the current test. The global fetch below
 * calls it for every answer the test process receives; the browser tests call it for every
 * answer the web app receives (test/browser/support/browser.ts).
 */
export function holdToDocument(answer: ReceivedAnswer): void {
  const { method, url, status, contentType, text } = answer;
  const operation = checker.operation(method, url.pathname)?.id;
  if (!operation) return;
  const mismatch = checker.check({
    method,
    path: url.pathname,
    status,
    contentType,
    body: text ? parse(text) : undefined,
    hasBody: text === undefined ? answer.hasBody : text !== '',
  });
  if (record) appendFileSync(record, `${operation} ${status} ${mismatch ? 'mismatch' : 'ok'}\n`);
  if (mismatch) mismatches.push(mismatch);
}

/** Whether an answer's body is read for the check: JSON only (an event stream never ends). */
export const isJson = (contentType: string) => JSON_TYPE.test(contentType);

globalThis.fetch = async function checkedFetch(input, init) {
  const request = input instanceof Request ? input : undefined;
  const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
  const url = new URL(request?.url ?? String(input));
  const response = await realFetch(input, init);
  if (!checker.operation(method, url.pathname)) return response;
  const contentType = response.headers.get('content-type') ?? '';
  holdToDocument({
    method,
    url,
    status: response.status,
    contentType,
    text: isJson(contentType) ? await response.clone().text() : undefined,
    hasBody: response.body !== null && contentType !== '',
  });
  return response;
};

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // not JSON although it says so: the schema check names it
  }
}

/** Fails the test (or the file's setup) during which an undescribed answer came. */
function failOnMismatches(): void {
  if (mismatches.length === 0) return;
  const found = mismatches.splice(0);
  throw new Error(describeMismatches(found));
}

afterEach(failOnMismatches);
afterAll(failOnMismatches);
