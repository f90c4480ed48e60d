import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes on the wire: compressed when the server compressed them. */
  body: Buffer;
}

/** A GET that keeps the body as sent (fetch would decompress it). */
export function getRaw(url: string, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`GET ${url} took over ${timeoutMs} ms`)));
    req.on("error", reject);
  });
}
