import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

type Content = HtmlEscapedString | Promise<HtmlEscapedString> | string;

const STYLES = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;
  font:15px/1.5 -apple-system,system-ui,sans-serif;background:#f6f6f4;color:#0a0a0a}
header{width:100%;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}
header .brand{font-weight:700;letter-spacing:-.01em;text-decoration:none;color:inherit}
header .badge{font-size:12px;color:#555;border:1px solid #ddd;border-radius:999px;padding:2px 10px;background:#fff}
main{width:100%;max-width:420px;margin:6vh 16px 32px;background:#fff;border:1px solid #e5e5e5;
  border-radius:14px;padding:28px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
main.wide{max-width:760px}
h1{font-size:22px;line-height:1.25;margin:0 0 8px}
p{margin:0 0 14px;color:#333}
.muted{color:#666;font-size:13px}
label{display:block;font-weight:600;margin:0 0 6px}
input[type=email],input[type=text],select{width:100%;padding:10px 12px;border:1px solid #ccc;border-radius:8px;
  font:inherit;margin:0 0 14px}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.actions{display:flex;gap:10px;flex-wrap:wrap}
button,.button{display:inline-flex;justify-content:center;align-items:center;padding:10px 16px;border-radius:8px;
  font:600 14px/1.2 inherit;cursor:pointer;border:1px solid #0a0a0a;background:#0a0a0a;color:#fff;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:#0a0a0a;border-color:#ccc}
.error{background:#fef2f2;border:1px solid #fecaca;color:#991b1b;padding:10px 12px;border-radius:8px;margin:0 0 14px}
.notice{background:#f0f9ff;border:1px solid #bae6fd;color:#075985;padding:10px 12px;border-radius:8px;margin:0 0 14px}
table{width:100%;border-collapse:collapse;font-size:14px}
th,td{text-align:left;padding:8px;border-bottom:1px solid #eee;vertical-align:top}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f3f3f3;padding:1px 5px;border-radius:4px}
.switch{margin-top:18px}
footer{color:#888;font-size:12px;margin:auto 0 18px}
`;

/** img.pro's mark as the emulator draws it: a tab icon, so no page logs a 404 for one. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#111827"/><text x="16" y="21" font-family="system-ui,sans-serif" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">img</text></svg>`;

/** The shell of every emulator page: img.pro branding plus a plain "local emulator" badge. */
export function page(title: string, body: Content, options: { wide?: boolean } = {}) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · img.pro</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <style>
          ${raw(STYLES)}
        </style>
      </head>
      <body>
        <header>
          <span class="brand">img.pro</span>
          <span class="badge">Local emulator</span>
        </header>
        <main class="${options.wide ? "wide" : ""}">${body}</main>
        <footer>Local img.pro emulator for development and tests. No mail is sent.</footer>
      </body>
    </html>`;
}

/** A page with a message and no way forward (bad links, unknown apps). */
export function errorPage(title: string, message: string) {
  return page(
    title,
    html`<h1>${title}</h1>
      <p class="error" role="alert">${message}</p>`,
  );
}
