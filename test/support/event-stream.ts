/** One server-sent event as a browser's EventSource would hand it over. */
export interface StreamEvent {
  id?: string;
  event: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

export interface OpenStream {
  status: number;
  contentType: string;
  events: StreamEvent[];
  /** Waits for an event that matches, and returns it. */
  waitFor(match: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

/** Opens a text/event-stream as a client, parsing its events as they come. */
export async function openEventStream(
  url: string,
  headers: Record<string, string>,
): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: StreamEvent[] = [];
  const stream: OpenStream = {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    events,
    async waitFor(match, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > until)
          throw new Error(
            `no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.filter((e) => e.event !== 'ping'))}`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => controller.abort(),
  };
  if (!response.ok || !response.body) return stream;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: StreamEvent = { event: 'message', data: undefined };
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            if (colon <= 0) continue;
            const field = line.slice(0, colon);
            const value = line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') event.id = value;
            else if (field === 'event') event.event = value;
            else if (field === 'data') event.data = JSON.parse(value);
          }
          events.push(event);
        }
      }
    } catch {
      // aborted
    }
  })();
  return stream;
}
