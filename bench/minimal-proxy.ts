import { randomUUID } from "node:crypto";
import { createServer, request } from "node:http";

/**
 * The floor for an upload through any server: the least a Node proxy can do. Raw bytes in;
 * out go a multipart preamble, the request piped through, and the closing boundary, with an
 * exact Content-Length. No session, no checks: only what the wire itself costs. Started by
 * `npm run bench` as a process of its own, as the app is.
 */
const port = Number(process.env.PROXY_PORT);
const target = new URL("/v1/images", process.env.IMGPRO_API_URL);
const secret = process.env.IMGPRO_SECRET_KEY;

createServer((incoming, answer) => {
  const boundary = `----bench-${randomUUID()}`;
  const filename = decodeURIComponent(String(incoming.headers["x-filename"]));
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: ${incoming.headers["content-type"]}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = head.length + Number(incoming.headers["content-length"]) + tail.length;
  const outgoing = request(target, {
    method: "POST",
    headers: {
      authorization: `Bearer ${secret}`,
      "x-img-user": String(incoming.headers["x-img-user"]),
      "idempotency-key": String(incoming.headers["idempotency-key"]),
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "content-length": String(length),
    },
  });
  outgoing.on("response", (response) => {
    answer.writeHead(response.statusCode ?? 502, { "content-type": "application/json" });
    response.pipe(answer);
  });
  outgoing.on("error", () => answer.destroy());
  outgoing.write(head);
  incoming.pipe(outgoing, { end: false });
  incoming.on("end", () => outgoing.end(tail));
}).listen(port);
