import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface Received {
  id: string;
  /** Whether standardwebhooks verified the signature with the endpoint's secret. */
  verified: boolean;
  body: string;
  headers: IncomingHttpHeaders;
  status: number;
}

/**
 * A loopback receiver, as a subscriber would write one: it verifies each delivery with the
 * reference library and answers what `answer` says (the n-th time it sees an id counts from 1).
 */
export async function startReceiver(
  options: { secret?: () => string | undefined; answer?: (id: string, nth: number) => number; port?: number } = {},
): Promise<{ url: string; port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const id = String(req.headers["webhook-id"] ?? "");
      let verified = false;
      const secret = options.secret?.();
      if (secret)
        try {
          new Webhook(secret).verify(body, req.headers as Record<string, string>);
          verified = true;
        } catch {
          verified = false;
        }
      const nth = received.filter((r) => r.id === id).length + 1;
      const status = options.answer?.(id, nth) ?? 204;
      received.push({ id, verified, body, headers: req.headers, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
